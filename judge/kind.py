"""What a problem kind is: the `Kind` protocol and the options of a judging run.

Each kind (python, sql, ml) is one package under judge/kinds/ holding its adapter, its stages
and its sandbox worker, registered in judge/kinds/__init__.py; the core asks a kind only
what this protocol names.
"""

from __future__ import annotations

import builtins
import re
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
    *,
    hidden_message: str | None = None,
    **more: Any,
) -> TestResult:
    """A result carrying the supervisor's measurements of this test. Where `message` quotes
    text from the sandbox, `hidden_message` is the judge's own words for it (`not_shown`,
    `raised`): what a hidden test shows instead when nothing of it is revealed."""
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
        hidden_message=hidden_message,
    )


NOT_SHOWN = "details are not shown for a hidden test"
MAX_NAME = 32  # characters of a function's name in `raised` (a longer one is cut short)


def not_shown(what: str) -> str:
    """The judge's words for a failure whose details came from the sandbox, for a hidden test:
    `what` happened (in words that quote nothing of the sandbox), and no more."""
    return f"{what} ({NOT_SHOWN})"


# Exceptions a summary may name: the submission can give its own exception any name.
_BUILTIN_ERRORS = frozenset(
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)
_HEADER = "Traceback (most recent call last):"
_FRAME = re.compile(r'  File "[^"]*", line (\d{1,7}), in (<\w+>|\w+)')
_NAME = re.compile(r"[^\W\d]\w*")
# What Python names the code that has no name of its own.
_UNNAMED = frozenset({"<module>", "<lambda>", "<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"})


def raised(error: str, source: str | None = None) -> str:
    """A traceback from the sandbox as a hidden test may show it: the exception's name if it
    is a built-in one, and where the first traceback's deepest frame is (`raised IndexError
    at line 3, in helper`). Everything else in it is the submission's to write: the message
    (it could print the input), a chained traceback, what a forged one says around this.

    The function's name is chosen by the submission too, and can be made as it runs (spelling
    the input): with the submitted `source` at hand, a line is shown only if the source has
    it and a name only if the source holds it; either way a long name is cut short."""
    lines = error.strip().splitlines()
    if _HEADER in lines:
        lines = lines[lines.index(_HEADER) + 1 :]
    frame = None
    exception = ""
    for line in lines:
        found = _FRAME.fullmatch(line)
        if found is not None:
            frame = found
        elif not line.startswith("  "):  # past the frames (and their source lines)
            exception = line
            break
    name = exception.split(":", 1)[0].strip()
    what = name if name in _BUILTIN_ERRORS else "an exception"
    return f"raised {what}{_where(frame, source)} (its message is not shown for a hidden test)"


def _where(frame: re.Match[str] | None, source: str | None) -> str:
    if frame is None:
        return ""
    line, function = frame[1], frame[2]
    if len(function) > MAX_NAME:
        function = function[: MAX_NAME - 1] + "…"
    if source is None:
        return f" at line {line}, in {function}"
    parts = []
    if 1 <= int(line) <= source.count("\n") + 1:
        parts.append(f"at line {line}")
    if frame[2] in _UNNAMED or frame[2] in set(_NAME.findall(source)):
        parts.append(f"in {function}")
    return " " + ", ".join(parts) if parts else ""


def wall_limit(limit: float) -> float:
    """The wall-clock cap of a test whose CPU limit is `limit`: TLE is decided on CPU time,
    and this only stops code that sleeps or blocks."""
    return WALL_FACTOR * limit + WALL_MARGIN
