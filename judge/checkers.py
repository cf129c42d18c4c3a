"""Checkers: small pure functions deciding whether an output answers a test.

Every checker, built-in or a problem's own `checker.py`, has one signature:
`check(args, expected, actual, **options) -> ok | (ok, message)`, on plain data (the test's
arguments, the expected answer, what the worker returned, decoded from JSON). They run on
the host; a crashed run is never checked. Built-ins take `tolerance` as their option.

An answer is hostile data: a checker's time grows about linearly with its size, and an
answer nested deeper than `judge.nesting.MAX_DEPTH` levels is wrong before any checker sees it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from judge.model import CheckerSpec
from judge.nesting import TOO_DEEP, deeper_than
from judge.problem import ProblemError, load_author_module

CheckResult = tuple[bool, str]


def same(a: Any, b: Any, tol: float | None = None) -> bool:
    """Structural equality on plain data: bools are not numbers, tuples were lists already."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if tol is None:
            return a == b
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, rel_tol=tol, abs_tol=tol)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y, tol) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k], tol) for k in a)
    return type(a) is type(b) and a == b


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _shape(value: Any, table: dict[Any, int], grow: bool = True) -> int | None:
    """A number for `value` that another value gets from the same `table` exactly when the
    two are equal with every list taken in any order (at every level), as `same` compares.
    The table numbers every distinct subtree, bottom up (a list is its items' numbers,
    sorted), so each node is looked at once: iterative, in about linear time in the size.
    With `grow` false, a subtree the table has no number for means no value numbered
    before is equal to this one: None, at once."""
    done: list[int] = []  # numbers of the subtrees finished, in the order they finished
    stack: list[tuple[Any, bool]] = [(value, False)]
    while stack:
        node, expanded = stack.pop()
        key: Any
        if expanded:
            items = done[len(done) - len(node) :]
            del done[len(done) - len(node) :]
            if isinstance(node, list):
                key = ("list", tuple(sorted(items)))
            else:  # the children finished last first: paired with the keys backwards
                key = ("dict", frozenset(zip(node, reversed(items), strict=True)))
        elif isinstance(node, list):
            key = _leaves_key(node)
            if key is None:
                stack.append((node, True))
                stack.extend((child, False) for child in node)
                continue
        elif isinstance(node, dict):
            stack.append((node, True))
            stack.extend((child, False) for child in node.values())
            continue
        else:
            key = _scalar_key(node)
        number = table.get(key)
        if number is None:
            if not grow:
                return None
            number = table[key] = len(table)
        done.append(number)
    return done[0]


def _leaves_key(items: list[Any]) -> Any:
    """A list of only strings, or only numbers (no bool, no NaN), sorted as it is: the
    common leaf, at C speed. Which lists qualify depends only on what `same` calls equal
    (1 and 1.0 alike), so equal lists take the same path on both sides; else None."""
    kinds = set(map(type, items))
    if kinds == {str}:
        return ("strings", tuple(sorted(items)))
    if kinds and kinds <= {int, float}:
        if float in kinds and any(x != x for x in items):
            return None
        return ("numbers", tuple(sorted(items)))
    return None


def _scalar_key(value: Any) -> Any:
    """Equal keys for the scalars `same` calls equal: bools apart from numbers, 1 and 1.0
    alike, NaN equal to nothing (not even itself)."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int | float):
        return ("number", value) if value == value else object()
    try:
        hash(value)
    except TypeError:
        return object()
    return (type(value), value)


def exact(args: Any, expected: Any, actual: Any, **options: Any) -> CheckResult:
    return same(expected, actual), ""


def floats(args: Any, expected: Any, actual: Any, *, tolerance: float = 1e-6) -> CheckResult:
    ok = same(expected, actual, tolerance)
    return ok, "" if ok else f"(numbers compared with tolerance {tolerance:g})"


def unordered(args: Any, expected: Any, actual: Any, **options: Any) -> CheckResult:
    if not isinstance(actual, list):
        return False, "expected a list (any order)"
    if not isinstance(expected, list):
        return same(expected, actual), ""
    if len(actual) != len(expected):  # before any sorting: a flood is wrong at once
        return False, "(compared in any order)"
    # By value when both are all ints or all strings (fast), else by each item's JSON: the
    # two lists always sort the same way, so equal multisets compare equal.
    kinds = {type(v) for v in expected}
    by_value = (kinds == {int} or kinds == {str}) and {type(v) for v in actual} == kinds
    key = None if by_value else _key
    ok = same(sorted(expected, key=key), sorted(actual, key=key))
    return ok, "" if ok else "(compared in any order)"


def nested_unordered(args: Any, expected: Any, actual: Any, **options: Any) -> CheckResult:
    if not isinstance(actual, list):
        return False, "expected a list (any order at every level)"
    note = "(compared in any order at every level)"
    if isinstance(expected, list) and len(actual) != len(expected):
        return False, note
    table: dict[Any, int] = {}
    ok = _shape(expected, table) == _shape(actual, table, grow=False)
    return ok, "" if ok else note


def check_operations(
    check: Callable[[Any, Any, Any], CheckResult],
    spec: CheckerSpec,
    args: Any,
    expected: list[Any],
    actual: Any,
) -> CheckResult:
    """A class-design test: one result per operation, each checked with its own arguments;
    a wrong answer names the first operation that differs."""
    operations, params = args
    if not isinstance(expected, list):  # no answer known (complexity ladders): nothing matches
        return False, ""
    if deeper_than(actual):  # before anything walks it (the messages below encode it)
        return False, f"({TOO_DEEP})"
    if not isinstance(actual, list) or len(actual) != len(expected):
        return False, f"(expected {len(expected)} results, one per operation)"
    if spec.name == "exact" and same(expected, actual):
        return True, ""
    for i in range(1, len(expected)):
        ok, note = check(params[i], expected[i], actual[i])
        if not ok:
            call = call_text(operations[i], params[i])
            shown = f"expected {_shown(expected[i])}, got {_shown(actual[i])}"
            return False, f"at operation {i}, {call}: {shown} {note}".rstrip()
    return True, ""


def call_text(operation: str, params: list[Any]) -> str:
    """`get("foo", 3)`: an operation as messages show it."""
    return f"{operation}({_clip(', '.join(json.dumps(p) for p in params))})"


def _shown(value: Any) -> str:
    return _clip(json.dumps(value))


def _clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


Checker = Callable[..., Any]  # check(args, expected, actual, **options)

BUILTIN: dict[str, Checker] = {
    "exact": exact,
    "float": floats,
    "unordered": unordered,
    "nested_unordered": nested_unordered,
}


def load_custom(folder: Path) -> Checker:
    where = f"problem {folder.name!r}"
    module = load_author_module(folder / "checker.py", where)
    check = getattr(module, "check", None)
    if not callable(check):
        raise ProblemError(
            f"{folder / 'checker.py'}: {where}: must define check(args, expected, actual)"
        )
    return check  # type: ignore[no-any-return]


def make_checker(spec: CheckerSpec, folder: Path) -> Callable[[Any, Any, Any], CheckResult]:
    """A function (args, expected, actual) -> (ok, message) for one problem."""
    check = load_custom(folder) if spec.name == "custom" else BUILTIN[spec.name]
    options = {"tolerance": spec.tolerance} if spec.name == "float" else dict(spec.options)

    def run(args: Any, expected: Any, actual: Any) -> CheckResult:
        if deeper_than(actual):  # no checker, built-in or the author's, has to cope with it
            return False, f"({TOO_DEEP})"
        try:
            verdict = check(args, expected, actual, **options)
        except Exception as exc:
            # A checker must cope with any plain data; a crash on this answer is a no.
            return False, f"the answer was rejected by the checker ({type(exc).__name__})"
        if isinstance(verdict, tuple):
            return bool(verdict[0]), str(verdict[1]) if len(verdict) > 1 else ""
        return bool(verdict), ""

    return run
