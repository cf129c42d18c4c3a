"""The HTML pages: problem list, problem (editor), submission permalink, history.

Server-rendered with Jinja2; the only script is the editor and the code that posts a
submission and polls its result fragment (`/submissions/{id}/result`) until it is done.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from judge.catalog import select
from judge.kinds import languages_of, starter_for
from judge.model import Problem
from judge.pretty import shown
from web.candidates import may_see
from web.deps import (
    ClientDep,
    PoolDep,
    ProblemDep,
    ReviewersDep,
    ServicesDep,
    StoreDep,
    TemplatesDep,
)
from web.dispatch import Dispatch, as_revealed
from web.distribution import distribution
from web.judgement import TRIMMED
from web.reviewers import Reviewers
from web.routes.complexity import complexity_context
from web.schemas import DIALECTS
from web.services import Services, default_dialect, language_for
from web.store import Store, StoredSubmission
from web.views import choices, group_problems, progress, result_view, signature, statement_html

router = APIRouter(include_in_schema=False)

PROGRESS_SCAN = 2000  # a browser's newest submissions read for the list's solved marks


@router.get("/", response_class=HTMLResponse, name="problem_list")
def problem_list(
    request: Request,
    services: ServicesDep,
    templates: TemplatesDep,
    store: StoreDep,
    client: ClientDep,
    pack: str = "",
    tier: str = "",
    topic: str = "",
    difficulty: str = "",
    q: str = "",
) -> HTMLResponse:
    problems = services.problems()
    chosen = select(problems, pack=pack, tier=tier, topic=topic, difficulty=difficulty, q=q)
    return templates.TemplateResponse(
        request,
        "problems.html",
        {
            "groups": group_problems(chosen),
            "choices": choices(problems),
            "filters": {"pack": pack, "tier": tier, "topic": topic, "difficulty": difficulty},
            "q": q,
            "shown": len(chosen),
            "total": len(problems),
            "marks": progress(store.recent(client=client, limit=PROGRESS_SCAN)) if client else {},
        },
    )


@router.get("/problems/{slug}", response_class=HTMLResponse, name="problem_page")
def problem_page(
    request: Request,
    problem: ProblemDep,
    services: ServicesDep,
    store: StoreDep,
    templates: TemplatesDep,
    client: ClientDep,
) -> HTMLResponse:
    return templates.TemplateResponse(
        request, "problem.html", problem_context(problem, services, store, client)
    )


def problem_context(
    problem: Problem, services: Services, store: Store, client: str | None
) -> dict[str, Any]:
    """What the problem page shows (the practice site's, and a candidate's in an assessment)."""
    mine = store.recent(client=client, problem=problem.slug, limit=10) if client is not None else []
    return {
        "problem": problem,
        "time_limit": services.time_limit(problem),
        "statement": problem.remember(
            ("statement-html", str(problem.path)),
            lambda: statement_html(problem.statement, problem.title),
        ),
        "language": language_for(problem),
        "starters": {
            language: starter_for(problem, language)[1] for language in languages_of(problem.kind)
        },
        "dialects": DIALECTS if problem.kind == "sql" else (),
        "dialect": default_dialect(problem),
        "history": mine,
        "signature": ""
        if problem.entry is None
        else signature(problem.starter, problem.entry.function),
    }


@router.get("/submissions", response_class=HTMLResponse, name="history_page")
def history_page(
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    templates: TemplatesDep,
    client: ClientDep,
) -> HTMLResponse:
    limit = services.settings.history_size
    records = store.recent(client=client, limit=limit) if client is not None else []
    return templates.TemplateResponse(
        request, "history.html", {"records": records, "titles": _titles(services, records)}
    )


@router.get("/submissions/{ident}", response_class=HTMLResponse, name="submission_page")
def submission_page(
    ident: str,
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    pool: PoolDep,
    templates: TemplatesDep,
    reviewers: ReviewersDep,
) -> HTMLResponse:
    record = _record(store, ident, pool, request, reviewers)
    return templates.TemplateResponse(
        request,
        "submission.html",
        {
            "sub": record,
            "title": _titles(services, [record]).get(record.problem, record.problem),
            **_result_context(services, pool, record),
        },
    )


@router.get("/submissions/{ident}/result", response_class=HTMLResponse, name="result_fragment")
def result_fragment(
    ident: str,
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    pool: PoolDep,
    templates: TemplatesDep,
    reviewers: ReviewersDep,
) -> HTMLResponse:
    """The result panel alone, polled by the page while the submission is judged."""
    record = _record(store, ident, pool, request, reviewers)
    response = templates.TemplateResponse(
        request, "_result.html", {"sub": record, **_result_context(services, pool, record)}
    )
    response.headers["Cache-Control"] = "no-store"
    return response


def _record(
    store: Store, ident: str, pool: Dispatch, request: Request, reviewers: Reviewers | None
) -> StoredSubmission:
    record = store.get(ident)
    if record is None or not may_see(record, request, store, reviewers):
        raise HTTPException(404, f"no submission {ident!r}")
    return as_revealed(record, pool.reveal)


def _result_context(services: Services, pool: Dispatch, record: StoredSubmission) -> dict[str, Any]:
    live = pool.live(record.id) if record.status == "running" else None
    limit, tabular = float("inf"), record.language in ("sql", "pandas")
    pretty = None
    with contextlib.suppress(Exception):  # the problem may have gone since: no limit line
        problem = services.catalog.load(record.problem)
        limit = services.time_limit(problem)
        pretty = _pretty(problem)
    return {
        "result": result_view(record, live, limit, tabular),
        "pretty": pretty,
        "distribution": distribution(services.store, pool, record),
        **complexity_context(services, record),
    }


def _pretty(problem: Problem) -> Callable[[str, Any], str | None]:
    """Values as the problem's kind reads them (`nums = [5, 5], target = 10`, ML specs in
    words); None keeps the JSON view (a stored preview of a value too large to keep)."""

    def show(label: str, value: Any) -> str | None:
        if isinstance(value, str) and value.endswith(TRIMMED):
            return None
        return shown(problem, label, value)

    return show


def _titles(services: Services, records: list[StoredSubmission]) -> dict[str, str]:
    titles = {}
    for slug in {r.problem for r in records}:
        try:
            titles[slug] = services.catalog.load(slug).title
        except Exception:  # a problem removed since: show its slug
            titles[slug] = slug
    return titles
