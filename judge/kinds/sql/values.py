"""Result tables as plain data.

The harness tags values JSON has no type for ({"$date": "2024-01-31"}, {"$decimal": "1.50"},
...). Here they become plain values compared by value: dates and times as ISO text,
decimals as numbers, non-finite floats as text. Expected results are stored in the same
plain form in tests/*.json: {"columns": [...], "rows": [[...], ...]}.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

SHOWN_ROWS = 20  # rows of a table a report shows


@dataclass(frozen=True)
class ResultTable:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def shown(self, limit: int = SHOWN_ROWS) -> dict[str, Any]:
        """The first rows, for a report (samples only: hidden rows are never shown)."""
        out: dict[str, Any] = {
            "columns": list(self.columns),
            "rows": [list(r) for r in self.rows[:limit]],
        }
        if len(self.rows) > limit:
            out["more_rows"] = len(self.rows) - limit
        return out

    def to_json(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "rows": [list(r) for r in self.rows]}


class BadTable(ValueError):
    """Stored expected data of the wrong shape (a fault of the problem's author)."""


def table_from_json(value: Any) -> ResultTable:
    if not isinstance(value, dict) or not isinstance(value.get("columns"), list):
        raise BadTable("an expected result is {'columns': [...], 'rows': [[...], ...]}")
    columns = tuple(str(c) for c in value["columns"])
    rows = value.get("rows")
    if not isinstance(rows, list) or any(
        not isinstance(r, list) or len(r) != len(columns) for r in rows
    ):
        raise BadTable(f"every expected row must be a list of {len(columns)} values")
    return ResultTable(columns, tuple(tuple(r) for r in rows))


def table_from_event(event: dict[str, Any]) -> ResultTable:
    columns = event.get("columns")
    rows = event.get("rows")
    if not isinstance(columns, list) or not isinstance(rows, list):
        raise BadTable("the harness sent a result without columns and rows")
    width = len(columns)
    decoded = []
    for row in rows:
        if not isinstance(row, list) or len(row) != width:
            raise BadTable("the harness sent a row of the wrong width")
        decoded.append(tuple(plain(v) for v in row))
    return ResultTable(tuple(str(c) for c in columns), tuple(decoded))


def plain(value: Any) -> Any:
    """A harness value as plain data."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) != 1:
        return {str(k): plain(v) for k, v in value.items()}
    ((tag, inner),) = value.items()
    if tag == "$decimal":
        return _decimal(str(inner))
    if tag == "$struct" and isinstance(inner, dict):
        return {str(k): plain(v) for k, v in inner.items()}
    if tag == "$blob":
        return "\\x" + str(inner)
    if tag in ("$date", "$timestamp", "$time", "$interval", "$float", "$text"):
        return str(inner)
    return {str(tag): plain(inner)}


def _decimal(text: str) -> Any:
    try:
        number = Decimal(text)
    except InvalidOperation:
        return text
    if not number.is_finite():
        return text
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= 0:
        return int(number)  # a whole-number decimal, such as SUM over integers
    return float(number)
