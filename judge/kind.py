"""What a problem kind is: the `Kind` protocol and the options of a judging run.

Each kind (python, sql, ml) is one package under judge/kinds/ holding its adapter, its stages
and its sandbox worker, registered in judge/kinds/__init__.py; the core asks a kind only
what this protocol names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from judge.model import TestCase, TestResult, Verdict
from judge.supervisor.protocol import TestEvent, reply_text

if TYPE_CHECKING:
    from judge.model import Problem, Report, Submission
    from judge.runners.base import Job

WALL_FACTOR = 3.0  # a test's wall-clock cap, in CPU limits: only sleeping code meets it
WALL_MARGIN = 0.5

Mode = Literal["run", "submit"]
Reveal = Literal["none", "input", "all"]


@dataclass(frozen=True)
class Options:
    mode: Mode = "submit"  # run: sample tests only; submit: samples and hidden tests
    reveal: Reveal = "none"  # what of a hidden test a report may show
    stop_on_failure: bool = False


@dataclass(frozen=True)
class Prepared:
    """A job for the sandbox, and what the kind keeps on the host to read its results."""

    job: Job
    context: Any = None  # handed back to `result` (e.g. an ML test's targets): never sent


class Kind(Protocol):
    name: str
    language: str  # what a submission must be written in ("python", "sql")
    takes: str  # the same, for a person: "Python", "a SQL query"
    runs_on_host: bool  # judged in a local child process whatever sandbox is asked for
    # The parts of the calibration workload (judge.calibration) this kind's submissions
    # spend their time like: its time limit follows this host's speed at those (none: the
    # reference limit, as for SQL in DuckDB, whose speed the workload does not measure).
    speed_parts: tuple[str, ...]

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Prepared | Report:
        """The job (inputs only), or a report when the submission cannot run at all (the
        core has already refused a submission in another language)."""
        ...

    def result(
        self, problem: Problem, test: TestCase, event: TestEvent, context: Any
    ) -> TestResult:
        """The verdict of a test the worker answered (supervisor status `ok`) with a status
        the core does not decide itself (judge.judging.COMMON)."""
        ...

    def notice(self, problem: Problem, submission: Submission) -> str:
        """A word for the report that is not a verdict ("" for none)."""
        ...

    def verify(self, problem: Problem) -> list[str]:
        """What `judge verify` checks for this kind beyond running the solutions."""
        ...


def measured(
    test: TestCase,
    event: TestEvent,
    verdict: Verdict,
    message: str,
    actual: Any = None,
    **more: Any,
) -> TestResult:
    """A result carrying the supervisor's measurements of this test."""
    return TestResult(
        name=test.name,
        hidden=test.hidden,
        verdict=verdict,
        time=event.time,
        memory_kb=event.memory_kb,
        message=message,
        input=test.args,
        expected=more.pop("expected", test.expected),
        actual=actual,
        stdout=reply_text(event.reply, "stdout"),
        wall=event.wall,
        memory_growth_kb=event.memory_growth_kb,
    )


def wall_limit(limit: float) -> float:
    """The wall-clock cap of a test whose CPU limit is `limit`: TLE is decided on CPU time,
    and this only stops code that sleeps or blocks."""
    return WALL_FACTOR * limit + WALL_MARGIN
