"""The assessments API: reviewers (`Authorization: Bearer` with the reviewer token) make
assessments, list them, export them as CSV and read each in full; a candidate's token reads
its own assessment only. The app adds these routes only with a reviewer token."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import Response

from web import assessments
from web.candidates import candidate
from web.deps import EnabledReviewersDep, ServicesDep, StoreDep
from web.reviewers import bearer
from web.schemas import (
    AssessmentCreated,
    AssessmentIn,
    AssessmentReview,
    AssessmentSummary,
    CandidateAssessment,
    ErrorOut,
)

router = APIRouter(tags=["assessments"])

AUTH: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "no reviewer token, or a wrong one"},
    429: {"model": ErrorOut, "description": "too many failed logins; see Retry-After"},
}


def reviewer(request: Request, reviewers: EnabledReviewersDep) -> None:
    reviewers.require_bearer(request)


ReviewerDep = Annotated[None, Depends(reviewer)]


@router.post(
    "/api/assessments",
    status_code=status.HTTP_201_CREATED,
    response_model=AssessmentCreated,
    responses={**AUTH, 422: {"model": ErrorOut, "description": "unknown problem, bad minutes"}},
)
def create_assessment(
    body: AssessmentIn, request: Request, services: ServicesDep, _: ReviewerDep
) -> AssessmentCreated:
    """Invite a candidate: send them `invite_url`; their clock starts when they first open it."""
    try:
        chosen = assessments.plan(body.candidate, body.problems, body.minutes, services.catalog)
    except assessments.AssessmentError as exc:
        raise HTTPException(422, str(exc)) from None
    made, token = assessments.create(services.store, chosen)
    return AssessmentCreated(
        id=made.id,
        invite_url=str(request.url_for("invite_page", token=token)),
        candidate_token=token,
    )


@router.get("/api/assessments", response_model=list[AssessmentSummary], responses=AUTH)
def list_assessments(store: StoreDep, _: ReviewerDep) -> list[AssessmentSummary]:
    """Every assessment, newest first."""
    now = time.time()
    records = store.of_assessments()
    return [assessments.summary(a, records.get(a.id, []), now) for a in store.all_assessments()]


@router.get(
    "/api/assessments.csv",
    response_class=Response,
    responses={**AUTH, 200: {"content": {"text/csv": {}}}},
)
def export_assessments(store: StoreDep, _: ReviewerDep) -> Response:
    """Every assessment as one CSV row (opens in a spreadsheet)."""
    return csv_response(assessments.export_csv(store))


@router.get(
    "/api/assessments/{ident}",
    response_model=AssessmentReview | CandidateAssessment,
    responses={**AUTH, 404: {"model": ErrorOut}},
)
def get_assessment(
    ident: str, request: Request, store: StoreDep, reviewers: EnabledReviewersDep
) -> AssessmentReview | CandidateAssessment:
    """A reviewer reads everything: the candidate, when they started and finished, and every
    submission in order with its code, verdict and per-test results. A candidate's token
    reads its own assessment's state and submissions, and nothing of anyone else's (404)."""
    now = time.time()
    given = bearer(request)
    if given is not None and reviewers.is_token(given):
        found = store.assessment(ident)
        if found is None:
            raise HTTPException(404, f"no assessment {ident!r}")
        return assessments.review(found, store.of_assessment(ident), now)
    mine = candidate(request, store, reviewers)
    if mine is None:
        raise HTTPException(
            401, "a reviewer or candidate token is required", headers={"WWW-Authenticate": "Bearer"}
        )
    if mine.id != ident:
        raise HTTPException(404, f"no assessment {ident!r}")
    return assessments.for_candidate(mine, store.of_assessment(ident), time.time())


@router.post(
    "/api/assessments/{ident}/hand-in",
    response_model=CandidateAssessment,
    responses={**AUTH, 404: {"model": ErrorOut}},
)
def hand_in(
    ident: str, request: Request, store: StoreDep, reviewers: EnabledReviewersDep
) -> CandidateAssessment:
    """The candidate is done: their clock stops now and submissions are closed (their
    token, or the cookie of their invite; another candidate's assessment is a 404)."""
    mine = candidate(request, store, reviewers)
    if mine is None:
        raise HTTPException(
            401, "a candidate token is required", headers={"WWW-Authenticate": "Bearer"}
        )
    if mine.id != ident:
        raise HTTPException(404, f"no assessment {ident!r}")
    done = store.hand_in(ident)
    assert done is not None  # an assessment is never deleted
    return assessments.for_candidate(done, store.of_assessment(ident), time.time())


def csv_response(text: str) -> Response:
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": 'attachment; filename="assessments.csv"',
            "Cache-Control": "no-store",
        },
    )
