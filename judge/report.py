"""The versioned JSON report: one contract for the CLI's --json, the web API and storage.

Version 1:
    {"version": 1, "problem": str, "verdict": "AC"|"WA"|..., "verdict_label": str,
     "passed": int, "total": int, "time": seconds, "runner": str, "message": str,
     "tests": [{"name", "hidden", "verdict", "time", "memory" (KiB), "message",
                "input"?, "expected"?, "actual"?, "stdout"?}]}

What a reveal policy withheld for a hidden test is null.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from judge.model import Report, TestResult, Verdict

REPORT_VERSION = 1


class TestReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    __test__ = False

    name: str
    hidden: bool
    verdict: Verdict
    time: float | None
    memory: int | None
    message: str = ""
    input: Any = None
    expected: Any = None
    actual: Any = None
    stdout: str = ""


class ReportModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    problem: str
    verdict: Verdict
    verdict_label: str
    passed: int
    total: int
    time: float
    runner: str = ""
    message: str = ""
    tests: list[TestReport]


def to_model(report: Report) -> ReportModel:
    return ReportModel(
        problem=report.problem,
        verdict=report.verdict,
        verdict_label=report.verdict.label,
        passed=report.passed,
        total=report.total,
        time=round(report.time, 6),
        runner=report.runner,
        message=report.message,
        tests=[_test(t) for t in report.tests],
    )


def _test(t: TestResult) -> TestReport:
    return TestReport(
        name=t.name,
        hidden=t.hidden,
        verdict=t.verdict,
        time=None if t.time is None else round(t.time, 6),
        memory=t.memory_kb,
        message=t.message,
        input=t.input,
        expected=t.expected,
        actual=t.actual,
        stdout=t.stdout,
    )


def to_json(report: Report) -> dict[str, Any]:
    return to_model(report).model_dump(mode="json")
