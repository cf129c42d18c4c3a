"""Deciding whether a result table answers a dataset, and saying how it does not.

Columns: the same number, names equal ignoring case. Rows: a multiset unless the
problem asks for an order. Cells: NULL equals NULL; numbers by value (2 = 2.0 = DECIMAL
2.00, TRUE = 1) within the tolerance, or within one unit of the decimal place the
statement rounds to; a date equals the same date at midnight; text exactly.

The message never holds a value of the dataset: it counts rows missing and extra and names
the column at fault. A result's own column names it quotes come from the answer, which can
name its columns after the data (DuckDB's PIVOT, a DataFrame's columns): `withheld` is the
message without them, for a hidden dataset.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from judge.kinds.sql.values import ResultTable

Row = tuple[Any, ...]
MAX_PAIRINGS = 4_000_000  # row comparisons spent explaining a mismatch, at most


@dataclass(frozen=True)
class Rules:
    ordered: bool = False
    tolerance: float = 1e-6
    decimals: int | None = None

    def describe(self) -> str:
        order = "row order counts" if self.ordered else "rows compared in any order"
        if self.decimals is not None:
            return f"{order}; numbers to {self.decimals} decimal places"
        return order


@dataclass(frozen=True)
class Comparison:
    ok: bool
    message: str = ""  # counts and column names only, no value of the dataset
    withheld: str | None = None  # the message without the answer's column names (if it has any)


def compare(expected: ResultTable, actual: ResultTable, rules: Rules) -> Comparison:
    wanted = f"expected {len(expected.columns)} columns ({', '.join(expected.columns)})"
    if len(expected.columns) != len(actual.columns):
        got = f"got {len(actual.columns)}"
        return Comparison(
            False, f"{wanted}, {got} ({', '.join(actual.columns)})", f"{wanted}, {got}"
        )
    misnamed = [
        (i, want, got)
        for i, (want, got) in enumerate(zip(expected.columns, actual.columns, strict=True), 1)
        if want.lower() != got.lower()
    ][:3]
    problems = [f"column {i} is named {got!r}, expected {want!r}" for i, want, got in misnamed]
    withheld = [f"column {i} should be named {want!r}" for i, want, _ in misnamed]
    rows = _compare_rows(expected, actual, rules)
    if rows:
        problems.append(rows)
        withheld.append(rows)
    if not problems:
        return Comparison(True)
    said = f" ({rules.describe()})"
    if not misnamed:
        return Comparison(False, "; ".join(problems) + said)
    return Comparison(False, "; ".join(problems) + said, "; ".join(withheld) + said)


def same_cell(a: Any, b: Any, rules: Rules) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if _is_number(a) and _is_number(b):
        return _same_number(a, b, rules)
    if isinstance(a, str) and isinstance(b, str):
        return a == b or _moment(a) == _moment(b)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_cell(x, y, rules) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_cell(a[k], b[k], rules) for k in a)
    return False


def same_row(a: Row, b: Row, rules: Rules) -> bool:
    return all(same_cell(x, y, rules) for x, y in zip(a, b, strict=True))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float))  # bool included: TRUE is 1, as in MySQL


def _same_number(a: float, b: float, rules: Rules) -> bool:
    if isinstance(a, int) and isinstance(b, int):
        return int(a) == int(b)
    if rules.decimals is not None:
        # Rounding conventions differ (half-even, half-up, binary floats): allow one unit.
        return abs(a - b) <= 10.0**-rules.decimals * (1 + 1e-9) + 1e-12
    return math.isclose(a, b, rel_tol=rules.tolerance, abs_tol=rules.tolerance)


def _moment(text: str) -> str:
    """A timestamp at midnight reads as its date."""
    if len(text) == 19 and text.endswith(" 00:00:00") and text[4] == "-":
        return text[:10]
    return text


def _compare_rows(expected: ResultTable, actual: ResultTable, rules: Rules) -> str:
    want, got = expected.rows, actual.rows
    if rules.ordered:
        return _ordered(want, got, expected.columns, rules)
    if len(want) == len(got) and all(
        same_row(a, b, rules) for a, b in zip(_sorted(want), _sorted(got), strict=True)
    ):
        return ""
    missing, extra = _unmatched(want, got, rules)
    if not missing and not extra:
        return ""
    return _describe_difference(want, got, missing, extra, expected.columns, rules)


def _ordered(want: Sequence[Row], got: Sequence[Row], columns: Sequence[str], rules: Rules) -> str:
    index = next(
        (i for i, (a, b) in enumerate(zip(want, got, strict=False)) if not same_row(a, b, rules)),
        None,
    )
    if index is None:
        return "" if len(want) == len(got) else f"expected {_rows(len(want))}, got {len(got)}"
    missing, extra = _unmatched(want, got, rules)
    if not missing and not extra:
        return f"the rows are right but row {index + 1} is out of the order asked for"
    where = _blame(want[index], got[index], columns, rules)
    return f"row {index + 1} of {len(want)} differs{where}" + (
        f"; expected {_rows(len(want))}, got {len(got)}" if len(want) != len(got) else ""
    )


def _blame(a: Row, b: Row, columns: Sequence[str], rules: Rules) -> str:
    wrong = [c for c, x, y in zip(columns, a, b, strict=True) if not same_cell(x, y, rules)]
    return f" in column {', '.join(repr(c) for c in wrong[:3])}" if wrong else ""


def _describe_difference(
    want: Sequence[Row],
    got: Sequence[Row],
    missing: list[Row],
    extra: list[Row],
    columns: Sequence[str],
    rules: Rules,
) -> str:
    column = _wrong_column(missing, extra, columns, rules)
    if column is not None:
        n = len(missing)
        return f"the values in column {column!r} are wrong in {n} row{'s' if n != 1 else ''}"
    parts = []
    if missing:
        parts.append(f"{_rows(len(missing))} of the expected missing")
    if extra:
        parts.append(f"{_rows(len(extra))} not expected")
    return " and ".join(parts) + f"; expected {_rows(len(want))}, got {len(got)}"


def _rows(n: int) -> str:
    return f"{n} row" if n == 1 else f"{n} rows"


def _wrong_column(
    missing: list[Row], extra: list[Row], columns: Sequence[str], rules: Rules
) -> str | None:
    """The one column whose values explain every difference, if there is one."""
    if not missing or len(missing) != len(extra):
        return None
    if len(columns) == 1:
        return columns[0]
    found = []
    for i, name in enumerate(columns):
        a = [r[:i] + r[i + 1 :] for r in missing]
        b = [r[:i] + r[i + 1 :] for r in extra]
        if all(same_row(x, y, rules) for x, y in zip(_sorted(a), _sorted(b), strict=True)):
            found.append(name)
    return found[0] if len(found) == 1 else None


def _unmatched(
    want: Sequence[Row], got: Sequence[Row], rules: Rules
) -> tuple[list[Row], list[Row]]:
    """Rows of each side left over after pairing equal rows (greedy, within buckets)."""
    buckets: dict[tuple[Any, ...], list[Row]] = defaultdict(list)
    for row in got:
        buckets[_bucket(row)].append(row)
    budget = MAX_PAIRINGS
    missing = []
    for row in want:
        pool = buckets.get(_bucket(row), [])
        for i, candidate in enumerate(pool):
            budget -= 1
            if same_row(row, candidate, rules):
                pool.pop(i)
                break
        else:
            missing.append(row)
        if budget <= 0:
            break
    extra = [row for pool in buckets.values() for row in pool]
    return missing, extra


def _bucket(row: Row) -> tuple[Any, ...]:
    """What must match exactly: numbers are left out, they match within a tolerance."""
    return tuple(
        "#"
        if _is_number(v)
        else _moment(v)
        if isinstance(v, str)
        else None
        if v is None
        else json.dumps(v, sort_keys=True)
        for v in row
    )


def _sorted(rows: Sequence[Row]) -> list[Row]:
    return sorted(rows, key=lambda row: tuple(_sort_key(v) for v in row))


def _sort_key(value: Any) -> tuple[Any, ...]:
    if value is None:
        return (0, 0)
    if _is_number(value):
        return (1, float(value))
    if isinstance(value, str):
        return (2, _moment(value))
    return (3, json.dumps(value, sort_keys=True))
