"""The JSON report's schema as pydantic models: the web API's response types (an edge).

`judge.report.to_json` writes the same report without them (the CLI never imports pydantic);
tests/test_printable.py holds the two to the same output.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from judge.model import Report, TestResult, Verdict
from judge.report import printable_report


class TestReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    __test__ = False

    name: str
    hidden: bool
    verdict: Verdict
    time: float | None  # CPU seconds, measured by the supervisor
    memory: int | None  # KiB, the process's peak so far
    wall: float | None = None  # wall-clock seconds of the same test
    test_memory: int | None = None  # KiB this test added at its highest
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
    time_limit: float | None = None  # CPU seconds per test on the host that judged it
    tests: list[TestReport]


def to_model(report: Report) -> ReportModel:
    report = printable_report(report)
    return ReportModel(
        problem=report.problem,
        verdict=report.verdict,
        verdict_label=report.verdict.label,
        passed=report.passed,
        total=report.total,
        time=round(report.time, 6),
        runner=report.runner,
        message=report.message,
        time_limit=report.time_limit,
        tests=[_test(t) for t in report.tests],
    )


def _test(t: TestResult) -> TestReport:
    return TestReport(
        name=t.name,
        hidden=t.hidden,
        verdict=t.verdict,
        time=None if t.time is None else round(t.time, 6),
        memory=t.memory_kb,
        wall=None if t.wall is None else round(t.wall, 6),
        test_memory=t.memory_growth_kb,
        message=t.message,
        input=t.input,
        expected=t.expected,
        actual=t.actual,
        stdout=t.stdout,
    )
