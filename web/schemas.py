"""Request and response bodies of the JSON API (pydantic), kept apart from the domain types.

The finished report is `judge.report.ReportModel`, the same versioned contract as
`judge run --json`. In stored reports, an input, expected or actual value above 16 KiB of
JSON is replaced by a short text preview.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from judge.dialects import DIALECTS, Dialect, dialect_name
from judge.report_schema import ReportModel, TestReport

__all__ = ["DIALECTS", "Dialect"]  # the dialects come from judge.dialects, as the CLI's do

Language = Literal["python", "sql", "pandas"]


def _known_alias(value: Any) -> Any:
    """An alias ("postgresql", "MSSQL") as the dialect's name; anything else as given, for
    the Literal to accept or refuse."""
    return (dialect_name(value) or value) if isinstance(value, str) else value


DialectName = Annotated[Dialect, BeforeValidator(_known_alias)]
SubmissionStatus = Literal["queued", "running", "done"]


WebMode = Literal["run", "submit", "all", "custom", "complexity"]


class ProblemSummary(BaseModel):
    slug: str
    title: str
    pack: str
    kind: str = Field(description="python, sql or ml")
    language: Language = Field(description="the language a submission must be written in")
    difficulty: str
    tier: str | None
    topic: str | None


class Sample(BaseModel):
    name: str
    args: Any
    expected: Any


class LimitsOut(BaseModel):
    time: float = Field(description="CPU seconds per test on this server")
    reference_time: float = Field(description="CPU seconds per test on the reference machine")
    memory_mb: int


class Starter(BaseModel):
    language: Language
    starter: str
    starter_name: str


class ProblemDetail(ProblemSummary):
    statement: str = Field(description="Markdown")
    starter: str
    starter_name: str
    languages: list[Starter] = Field(
        description="every language the problem takes, its own first, with its starter "
        "(an SQL problem takes pandas too: a function taking the tables as DataFrames)"
    )
    limits: LimitsOut
    samples: list[Sample] = Field(description="the sample tests; hidden tests are never shown")
    dialects: list[Dialect] = Field(description="SQL dialects accepted (SQL problems only)")
    default_dialect: Dialect | None


class SubmissionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    problem: str = Field(min_length=1, max_length=200, description="problem slug")
    code: str
    language: Language = Field(
        description="python, sql or pandas; on an SQL problem, python is read as pandas"
    )
    dialect: DialectName | None = Field(
        default=None, description="SQL only; an alias such as postgresql is taken too"
    )
    mode: WebMode = Field(
        default="submit",
        description="run: the sample tests; submit: samples and hidden tests, stopping at the "
        "first failing hidden test; all: every test, failing or not; custom: the `cases` "
        "given (set by giving them); complexity: submit, then, when accepted, measure how its "
        "time and memory grow with the input's size beside the reference solution's",
    )
    cases: list[Any] | None = Field(
        default=None,
        max_length=10,
        description="custom input (Python problems): each case a list of the function's "
        "arguments (or that list as JSON text), e.g. [[5, 5], 10]; the code runs on these "
        "only, each answer beside the one of the problem's reference solution",
    )


class SubmissionAccepted(BaseModel):
    id: str
    status: SubmissionStatus
    url: str = Field(description="where to follow it in the API")
    page: str = Field(description="its permalink page")


class SubmissionOut(BaseModel):
    id: str
    problem: str
    language: Language
    dialect: Dialect | None
    mode: WebMode
    status: SubmissionStatus
    created_at: float = Field(description="Unix time")
    started_at: float | None
    finished_at: float | None
    worker: str | None = Field(None, description="the worker judging it, or that judged it")
    tests_done: int
    tests_total: int | None = Field(description="known once judging starts")
    tests: list[TestReport] = Field(
        description="results so far while running (the report's tests once done)"
    )
    report: ReportModel | None = Field(description="the versioned report, once done")
    complexity: dict[str, Any] | None = Field(
        None, description="mode complexity, once accepted: the report's complexity object"
    )
    page: str


class Health(BaseModel):
    status: Literal["ok"]
    runner: str
    workers: int = Field(description="judging threads (in process) or workers alive (queue)")
    pending: int = Field(description="submissions queued or running")
    queued: int = Field(description="submissions waiting for a judge")
    capacity: int
    hiring: bool
    queue: Literal["in-process", "redis"]
    database: str = Field(description="sqlite or postgresql")


class ErrorOut(BaseModel):
    detail: str


AssessmentState = Literal["invited", "started", "finished"]


class AssessmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    candidate: str = Field(min_length=1, max_length=200, description="the candidate's name")
    problems: list[str] = Field(
        min_length=1, max_length=20, description="problem slugs, in the order to show them"
    )
    minutes: float = Field(
        gt=0,
        le=7 * 24 * 60,
        description="the time they get from their first visit (a fraction "
        "is fine: 0.5 is 30 seconds)",
    )


class AssessmentCreated(BaseModel):
    id: str
    invite_url: str = Field(description="the page to send the candidate; it holds their token")
    candidate_token: str = Field(
        description="the candidate's token (API: `Authorization: Bearer`); shown only now"
    )


class ReviewedSubmission(BaseModel):
    id: str
    problem: str
    language: Language
    dialect: Dialect | None
    mode: WebMode
    status: SubmissionStatus
    created_at: float = Field(description="Unix time")
    offset: float | None = Field(description="seconds since the candidate's clock started")
    verdict: str | None
    passed: int | None
    total: int | None
    time: float | None = Field(description="CPU seconds over all tests")
    code: str
    tests: list[TestReport] = Field(description="per-test results (hidden tests by number)")


class AssessmentSummary(BaseModel):
    id: str
    candidate: str
    problems: list[str]
    minutes: float
    state: AssessmentState
    created_at: float = Field(description="Unix time")
    started_at: float | None = Field(description="the candidate's first visit")
    finished_at: float | None = Field(description="when their time ran out")
    submissions: int
    solved: list[str] = Field(description="problems with an accepted submission")


class AssessmentReview(AssessmentSummary):
    ends_at: float | None
    timeline: list[ReviewedSubmission] = Field(description="every submission, in order")


class CandidateSubmission(BaseModel):
    id: str
    problem: str
    mode: WebMode
    status: SubmissionStatus
    verdict: str | None
    created_at: float


class CandidateAssessment(BaseModel):
    """What a candidate sees of their own assessment."""

    id: str
    candidate: str
    problems: list[str]
    minutes: float
    state: AssessmentState
    started_at: float | None
    ends_at: float | None
    remaining: float = Field(description="seconds left")
    submissions: list[CandidateSubmission]
