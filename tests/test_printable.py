"""Text a submission prints or returns reaches people as valid UTF-8: a lone surrogate
("\\ud800") is escaped in the report, the terminal table and the JSON report; and a value
nested too deeply for any encoder is cut where reports are made printable."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from judge import render
from judge.model import Report, Verdict
from judge.model import TestResult as Result  # not a pytest class
from judge.nesting import MAX_DEPTH
from judge.report import CUT, printable, printable_report, to_json
from judge.report_schema import to_model

from .test_cli import judge

# Prints and returns a lone surrogate (written as an escape: the file itself is ASCII).
SURROGATE = """# problem: sum_pairs
def sum_and_sort(nums):
    print("before \\ud800 after")
    return ["\\ud800", {"k\\udfff": "\\ud83d\\ude00"}]
"""


def test_printable_escapes_lone_surrogates_only() -> None:
    assert printable("a\ud800b") == "a\\ud800b"
    assert printable("ok \U0001f600 é") == "ok \U0001f600 é"  # a real astral character stays
    value = {"k\udfff": ["\ud800", 1, None, ("x\udc00",)], "n": 2.5}
    assert printable(value) == {"k\\udfff": ["\\ud800", 1, None, ("x\\udc00",)], "n": 2.5}
    same = ["plain", {"a": 1}]
    assert printable(same) == same


def test_every_string_of_a_report_is_escaped() -> None:
    test = Result(
        "s\ud800",
        False,
        Verdict.WA,
        0.1,
        100,
        message="m\ud800",
        input=[["\ud800"]],
        expected={"e\ud800": "v\ud800"},
        actual=["\ud800"],
        stdout="out\ud800\n",
    )
    report = Report("p", Verdict.WA, (test,), message="r\ud800", runner="local")
    clean = printable_report(report)
    text = json.dumps(to_json(report), ensure_ascii=False)
    text.encode("utf-8")  # would raise on a lone surrogate
    assert clean.tests[0] == Result(
        "s\\ud800",
        False,
        Verdict.WA,
        0.1,
        100,
        message="m\\ud800",
        input=[["\\ud800"]],
        expected={"e\\ud800": "v\\ud800"},
        actual=["\\ud800"],
        stdout="out\\ud800\n",
    )
    assert clean.message == "r\\ud800" and clean.verdict is Verdict.WA


def test_cli_table_shows_a_surrogate_escaped(tmp_path: Path) -> None:
    sol = tmp_path / "surrogate.py"
    sol.write_text(SURROGATE)
    out = judge("run", str(sol), "--sandbox", "local", "--reveal")
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr and "UnicodeEncodeError" not in out.stderr
    assert "Wrong Answer" in out.stdout
    assert "before \\ud800 after" in out.stdout  # the printed output, escaped


def test_cli_json_report_is_valid_utf8(tmp_path: Path) -> None:
    sol = tmp_path / "surrogate.py"
    sol.write_text(SURROGATE)
    out = judge("run", str(sol), "--sandbox", "local", "--json", "--reveal")
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    first = report["tests"][0]
    assert report["verdict"] == "WA" and first["verdict"] == "WA"
    assert first["actual"] == ["\\ud800", {"k\\udfff": "\U0001f600"}]
    assert first["stdout"] == "before \\ud800 after\n"
    json.dumps(report, ensure_ascii=False).encode("utf-8")


def test_the_plain_json_report_is_the_schemas_own() -> None:
    """`to_json` (the CLI's, no pydantic) writes what the web's `ReportModel` writes."""
    from judge.report_schema import to_model

    tests = (
        Result("a\ud800", False, Verdict.AC, 0.0123456789, 2048, wall=0.02, memory_growth_kb=5),
        Result(
            "b",
            True,
            Verdict.WA,
            None,
            None,
            message="wrong",
            input=[[1, (2, 3)], {"k": (4,)}],
            expected=[float("nan"), 1.5],
            actual=[float("inf"), "x"],
            stdout="out",
        ),
    )
    report = Report("p", Verdict.WA, tests, message="m", runner="local", time_limit=0.5)
    assert to_json(report) == to_model(report).model_dump(mode="json")
    json.dumps(to_json(report), allow_nan=False)


def nested(levels: int, inner: object = "\ud800") -> object:
    value = inner
    for _ in range(levels):
        value = [value]
    return value


def depth_of(value: object) -> int:
    levels = 0
    while isinstance(value, list):
        value, levels = value[0], levels + 1
    return levels


def test_printable_never_raises_and_cuts_what_is_nested_too_deeply() -> None:
    """Iterative: at any depth; a list, tuple or dict deeper than MAX_DEPTH levels is CUT,
    and what is above it stays as it was (escaped)."""
    assert printable(nested(MAX_DEPTH)) == nested(MAX_DEPTH, "\\ud800")
    for levels in (MAX_DEPTH + 1, 5_000, 200_000):
        cut = printable(nested(levels))
        assert depth_of(cut) == MAX_DEPTH
        inner = cut
        for _ in range(MAX_DEPTH):
            assert isinstance(inner, list)
            inner = inner[0]
        assert inner == CUT
    mixed = {"a": ({"b": [1.5, None, ("x\udc00",)]},), "n": [True, 2]}
    assert printable(mixed) == {"a": ({"b": [1.5, None, ("x\\udc00",)]},), "n": [True, 2]}


def test_a_report_holding_a_deep_value_is_written_and_shown() -> None:
    """However a report came to hold a deep value, the JSON report, its pydantic model and
    the terminal table write it (cut), instead of raising RecursionError."""
    deep = nested(5_000, 1)
    test = Result("sample-1", False, Verdict.WA, 0.1, 100, "wrong", input=[deep], actual=deep)
    report = Report("two_sum", Verdict.WA, (test,), runner="local")
    data = to_json(report)
    assert depth_of(data["tests"][0]["actual"]) == MAX_DEPTH
    json.loads(json.dumps(data))
    assert to_model(report).model_dump_json()
    console = Console(record=True, width=100)
    render.report(console, report)
    assert "Wrong Answer" in console.export_text()
