"""The versioned JSON report: one contract for the CLI's --json, the web API and storage.

Version 1:
    {"version": 1, "problem": str, "verdict": "AC"|"WA"|..., "verdict_label": str,
     "passed": int, "total": int, "time": CPU seconds, "runner": str, "message": str,
     "time_limit": CPU seconds per test on the judging host (reference limit x its factor),
     "tests": [{"name", "hidden", "verdict", "time" (CPU s), "memory" (KiB), "wall" (s),
                "test_memory"?, "message", "input"?, "expected"?, "actual"?, "stdout"?}]}

With `judge run --complexity` (and the web's analysis), the report carries "complexity"
(added within version 1): {"time": FIT|null, "memory": FIT|null, "sizes": [n...], "times":
[fastest CPU s per size], "memory_kb": [largest added KiB per size], "stopped", "failure",
"reference": {"solution", the same keys}|null}, FIT being {"exponent", "low", "high" (the 95 %
interval), "class" ("O(n^2)"), "constant", "coefficient"}: value ≈ constant + coefficient ·
n^exponent (judge.scaling and judge.complexity).

A test's "memory" is the process's peak resident size so far (the memory limit applies to
it); "test_memory" (KiB, added in place within version 1) is what this test itself added at
its highest: its peak during the test minus the resident size when it began.

What a reveal policy withheld for a hidden test is null. Every string is valid UTF-8: a
lone surrogate a submission printed or returned (which no encoder will write) is escaped as
its Python escape, `\\ud800` (`printable_report`: `to_json` applies it, and so do the
terminal report and the web's store, which may hold reports written before).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any, TypeVar

from judge.model import Report, TestResult
from judge.nesting import CONTAINERS, MAX_DEPTH

REPORT_VERSION = 1
CUT = "… (nested too deeply)"  # in place of a value nested deeper than MAX_DEPTH levels

D = TypeVar("D", Report, TestResult)


def printable(value: Any) -> Any:
    """`value` with every string in it valid UTF-8, through lists, tuples and dicts: a lone
    surrogate becomes its escape (`\\ud800`). A list, tuple or dict nested deeper than
    `MAX_DEPTH` levels (judge.nesting) is replaced by `CUT`: no encoder downstream could
    write it. Anything else is unchanged. Iterative: it never raises, at any depth."""
    return _rebuilt(value, _escaped, _KEPT, keep_tuples=True)


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


_KEPT: frozenset[type] = frozenset({int, float, bool, type(None)})  # what printable leaves as it is


def _rebuilt(
    value: Any, leaf: Callable[[Any], Any], kept: frozenset[type], *, keep_tuples: bool
) -> Any:
    """`value` rebuilt with `leaf` applied to every string key and every item that is not a
    list, tuple or dict (items whose type is in `kept` are left as they are), tuples kept
    as tuples or made lists, and each container deeper than `MAX_DEPTH` levels made `CUT`.
    Top down with a stack of the slots still to fill, tuples made at the end, deepest first."""
    root: list[Any] = [None]
    slots: list[tuple[Any, Any, Any, int]] = [(root, 0, value, 1)]  # (where, key, item, level)
    tuples: list[tuple[Any, Any]] = []
    while slots:
        where, key, item, level = slots.pop()
        if isinstance(item, list | tuple):
            if level > MAX_DEPTH:
                where[key] = CUT
                continue
            made = list(item)
            if keep_tuples and isinstance(item, tuple):
                tuples.append((where, key))
            where[key] = made
            if kept.issuperset(map(type, made)):  # scalars only: copied at C speed
                continue
            for index, child in enumerate(made):
                if type(child) in kept:
                    continue
                if isinstance(child, CONTAINERS):
                    slots.append((made, index, child, level + 1))
                else:
                    made[index] = leaf(child)
        elif isinstance(item, dict):
            if level > MAX_DEPTH:
                where[key] = CUT
                continue
            out: dict[Any, Any] = {}
            where[key] = out
            for name, child in item.items():
                if type(name) is str:
                    name = leaf(name)
                if isinstance(child, CONTAINERS):
                    out[name] = None
                    slots.append((out, name, child, level + 1))
                else:
                    out[name] = child if type(child) in kept else leaf(child)
        else:
            where[key] = leaf(item)
    for where, key in reversed(tuples):  # made after their parents: the deepest first
        where[key] = tuple(where[key])
    return root[0]


def printable_report(report: Report) -> Report:
    """The report with every string of it and of its tests valid UTF-8: messages, output,
    and the strings inside input, expected and actual values."""
    tests = tuple(_printable_fields(t) for t in report.tests)
    return replace(_printable_fields(report), tests=tests)


def _printable_fields(obj: D) -> D:
    return replace(obj, **{f.name: printable(getattr(obj, f.name)) for f in fields(obj)})


def to_json(report: Report) -> dict[str, Any]:
    """The report as JSON values (version 1, as documented above)."""
    report = printable_report(report)
    return {
        "version": REPORT_VERSION,
        "problem": report.problem,
        "verdict": report.verdict.value,
        "verdict_label": report.verdict.label,
        "passed": report.passed,
        "total": report.total,
        "time": round(report.time, 6),
        "runner": report.runner,
        "message": report.message,
        "time_limit": report.time_limit,
        "tests": [_test_json(t) for t in report.tests],
    }


def _test_json(t: TestResult) -> dict[str, Any]:
    return {
        "name": t.name,
        "hidden": t.hidden,
        "verdict": t.verdict.value,
        "time": None if t.time is None else round(t.time, 6),
        "memory": t.memory_kb,
        "wall": None if t.wall is None else round(t.wall, 6),
        "test_memory": t.memory_growth_kb,
        "message": t.message,
        "input": _jsonable(t.input),
        "expected": _jsonable(t.expected),
        "actual": _jsonable(t.actual),
        "stdout": t.stdout,
    }


def _jsonable(value: Any) -> Any:
    """Tuples as lists and NaN or infinity as null, through lists and dicts: JSON's values."""
    return _rebuilt(value, _finite, _JSON_KEPT, keep_tuples=False)


def _finite(value: Any) -> Any:
    return None if isinstance(value, float) and not math.isfinite(value) else value


_JSON_KEPT: frozenset[type] = frozenset({int, bool, str, type(None)})
