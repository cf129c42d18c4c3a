"""POST /api/submissions (202 at once; judged by the worker pool, or by the queue's workers)
and GET /api/submissions/{id}."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, Response, status

from judge.catalog import UnknownProblem
from judge.custom import CustomInputError, cases_of
from judge.dialects import dialect_name, unknown_dialect
from judge.kinds import kind_for, language_of, languages_of
from judge.problem import ProblemError
from judge.report import printable
from judge.report_schema import ReportModel, TestReport
from judge.scaling import unavailable
from judge.sources import header_value
from web.candidates import candidate, may_see, refuse_if_over, refuse_outside
from web.deps import ClientDep, PoolDep, ReviewersDep, ServicesDep, StoreDep
from web.dispatch import Dispatch, QueueFull, as_revealed
from web.schemas import (
    ErrorOut,
    SubmissionAccepted,
    SubmissionIn,
    SubmissionOut,
)
from web.services import Services
from web.store import Assessment, NewSubmission, StoredSubmission

router = APIRouter(prefix="/api/submissions", tags=["submissions"])


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=SubmissionAccepted,
    responses={
        401: {"model": ErrorOut, "description": "a bearer token that is nobody's"},
        403: {
            "model": ErrorOut,
            "description": "in an assessment: its time is up, or the problem is not in it",
        },
        404: {"model": ErrorOut, "description": "unknown problem"},
        413: {"model": ErrorOut, "description": "code or request too large"},
        422: {"description": "empty code, wrong language or dialect, malformed body"},
        503: {"model": ErrorOut, "description": "queue full; see the Retry-After header"},
    },
)
def create_submission(
    body: SubmissionIn,
    request: Request,
    response: Response,
    services: ServicesDep,
    pool: PoolDep,
    client: ClientDep,
    reviewers: ReviewersDep,
) -> SubmissionAccepted:
    """Queue a submission; follow it at `url` until its status is `done`. A candidate's
    token (`Authorization: Bearer`, or the cookie of their invite) sends it in their
    assessment: only its problems, only while their time lasts."""
    assessment = candidate(request, services.store, reviewers)
    new = validate(body, services, client, assessment)
    try:
        record = pool.submit(new)
    except QueueFull as exc:
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            str(exc),
            headers={"Retry-After": str(exc.retry_after)},
        ) from None
    url = str(request.url_for("get_submission", ident=record.id).path)
    response.headers["Location"] = url
    return SubmissionAccepted(
        id=record.id,
        status=record.status,
        url=url,
        page=str(request.url_for("submission_page", ident=record.id).path),
    )


@router.get(
    "/{ident}",
    response_model=SubmissionOut,
    responses={404: {"model": ErrorOut}},
)
def get_submission(
    ident: str, request: Request, store: StoreDep, pool: PoolDep, reviewers: ReviewersDep
) -> SubmissionOut:
    """Status (queued, running, done), results so far, and the report once done. A
    submission sent in an assessment is read only with its candidate's or a reviewer's token."""
    record = store.get(ident)
    if record is None or not may_see(record, request, store, reviewers):
        raise HTTPException(404, f"no submission {ident!r}")
    page = str(request.url_for("submission_page", ident=ident).path)
    return submission_out(as_revealed(record, pool.reveal), pool, page)


def validate(
    body: SubmissionIn,
    services: Services,
    client: str | None,
    assessment: Assessment | None = None,
) -> NewSubmission:
    """The submission to store, or the HTTP error that says what is wrong with it."""
    if assessment is not None:
        refuse_if_over(assessment)  # first: once the time is up, nothing goes
    try:
        problem = services.catalog.load(body.problem)
    except UnknownProblem:
        raise HTTPException(404, f"unknown problem {body.problem!r}") from None
    except ProblemError as exc:
        raise HTTPException(500, f"problem {body.problem!r} is broken: {exc}") from None
    if assessment is not None:
        refuse_outside(assessment, problem.slug)
        if body.mode == "complexity":
            raise HTTPException(422, "complexity analysis is off in an assessment")
    limit = services.settings.max_code_bytes
    if len(body.code.encode("utf-8", "surrogatepass")) > limit:
        raise HTTPException(413, f"code larger than {limit // 1024} KiB")
    if not body.code.strip():
        raise HTTPException(422, "the code is empty")
    if printable(body.code) != body.code:  # JSON can carry "\ud800"; no UTF-8 text can
        raise HTTPException(422, "the code holds a lone surrogate (U+D800 to U+DFFF): not text")
    language = language_of(problem.kind, body.language)
    if kind_for(problem.kind, language) is None:
        raise HTTPException(
            422,
            f"problem {problem.slug!r} takes {' or '.join(languages_of(problem.kind))}, "
            f"not {body.language}",
        )
    if body.dialect is not None and problem.kind != "sql":
        raise HTTPException(422, "a dialect applies to SQL problems only")
    if body.dialect is not None and language != "sql":
        raise HTTPException(422, "a dialect applies to SQL queries only, not pandas")
    dialect: str | None = body.dialect
    written = header_value(body.code, "dialect") if language == "sql" else None
    if dialect is None and written is not None:  # `-- dialect: mysql`, as the CLI reads it
        dialect = dialect_name(written)
        if dialect is None:
            raise HTTPException(422, f"the -- dialect: comment: {unknown_dialect(written)}")
    if body.mode == "complexity":
        why = unavailable(problem)
        if why:
            raise HTTPException(422, why)
    cases = None
    if body.cases is not None or body.mode == "custom":
        # The reference solution's answer to any input is an oracle for the hidden tests.
        if assessment is not None:
            raise HTTPException(422, "custom input is off in an assessment")
        if services.settings.hiring:
            raise HTTPException(422, "custom input is off in hiring mode")
        try:
            cases = cases_of(problem, body.cases or [])
        except CustomInputError as exc:
            raise HTTPException(422, str(exc)) from None
    return NewSubmission(
        problem=problem.slug,
        language=language,
        dialect=dialect,
        mode="custom" if cases is not None else body.mode,
        code=body.code,
        client=client,
        cases=cases,
        assessment=None if assessment is None else assessment.id,
    )


def submission_out(record: StoredSubmission, pool: Dispatch, page: str) -> SubmissionOut:
    stored = dict(record.report or {})
    complexity = stored.pop("complexity", None)
    report = None if record.report is None else ReportModel.model_validate(stored)
    total: int | None
    if report is not None:
        tests, total = report.tests, report.total
    else:
        live = pool.live(record.id) if record.status == "running" else None
        tests = [TestReport.model_validate(t) for t in live.tests] if live else []
        total = live.total if live else None
    return SubmissionOut.model_validate(
        {
            "id": record.id,
            "problem": record.problem,
            "language": record.language,
            "dialect": record.dialect,
            "mode": record.mode,
            "status": record.status,
            "created_at": record.created_at,
            "started_at": record.started_at,
            "finished_at": record.finished_at,
            "worker": record.worker,
            "tests_done": len(tests),
            "tests_total": total,
            "tests": tests,
            "report": report,
            "complexity": complexity,
            "page": page,
        }
    )
