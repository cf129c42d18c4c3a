"""A candidate's pages: the invite link (which starts their clock and leaves their token in
an HTTP-only cookie), their assessment's problems with a countdown, and each problem's
editor page as on the practice site, without custom input. The app adds these routes only
with a reviewer token."""

from __future__ import annotations

import time

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from judge.catalog import UnknownProblem
from web import assessments
from web.candidates import candidate, from_token, set_candidate_cookie
from web.deps import ClientDep, EnabledReviewersDep, ServicesDep, StoreDep, TemplatesDep
from web.routes.pages import problem_context
from web.store import Assessment

router = APIRouter(include_in_schema=False)

NO_ASSESSMENT = "No assessment here: open the invite link you were sent."


@router.get("/a/{token}", name="invite_page")
def invite_page(
    token: str,
    request: Request,
    store: StoreDep,
    templates: TemplatesDep,
    _: EnabledReviewersDep,
) -> Response:
    found = from_token(store, token)
    if found is None:
        return _message(request, templates, 404, "This invite link is not valid.")
    # The token leaves the address bar (and the Referer of what follows) for a cookie.
    response = RedirectResponse("/assessment", status_code=303)
    set_candidate_cookie(response, token)
    return response


@router.get("/assessment", response_class=HTMLResponse, name="assessment_page")
def assessment_page(
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    templates: TemplatesDep,
    reviewers: EnabledReviewersDep,
) -> HTMLResponse:
    mine = candidate(request, store, reviewers)
    if mine is None:
        return _message(request, templates, 404, NO_ASSESSMENT)
    records = store.of_assessment(mine.id)
    titles = {}
    for slug in mine.problems:
        try:
            titles[slug] = services.catalog.load(slug).title
        except Exception:  # a problem removed since: its slug
            titles[slug] = slug
    return templates.TemplateResponse(
        request,
        "assessment.html",
        {
            **_clock(mine),
            "titles": titles,
            "best": assessments.best_verdicts(records),
            "sent": len(records),
        },
    )


@router.get("/assessment/problems/{slug}", response_class=HTMLResponse, name="assessment_problem")
def assessment_problem(
    slug: str,
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    templates: TemplatesDep,
    client: ClientDep,
    reviewers: EnabledReviewersDep,
) -> HTMLResponse:
    mine = candidate(request, store, reviewers)
    if mine is None:
        return _message(request, templates, 404, NO_ASSESSMENT)
    try:
        problem = services.catalog.load(slug)
    except UnknownProblem:
        return _message(request, templates, 404, f"No problem {slug!r}.")
    if problem.slug not in mine.problems:
        return _message(request, templates, 403, "That problem is not part of your assessment.")
    return templates.TemplateResponse(
        request,
        "problem.html",
        {**problem_context(problem, services, store, client), **_clock(mine)},
    )


def _clock(mine: Assessment) -> dict[str, object]:
    now = time.time()
    return {
        "assessment": mine,
        "remaining": assessments.remaining(mine, now),
        "over": mine.over(now),
    }


def _message(request: Request, templates: TemplatesDep, code: int, text: str) -> HTMLResponse:
    return templates.TemplateResponse(request, "404.html", {"detail": text}, status_code=code)
