"""Who a candidate is: the token of their invite, sent as `Authorization: Bearer` (the API)
or in the HTTP-only cookie the invite page sets (the pages' own requests).

Only a hash of a token is stored (SHA-256: a token is 256 random bits, so nothing slower is
needed), and a token is found by its hash, so the database lookup leaks nothing useful
about the token. A candidate sees their own assessment and submissions only; a submission
sent in an assessment is visible to nobody else but the reviewers.
"""

from __future__ import annotations

import hashlib
import secrets
import time

from fastapi import HTTPException, Request
from starlette.responses import Response

from web.reviewers import Reviewers, bearer, client_ip
from web.store import Assessment, Store, StoredSubmission

CANDIDATE_COOKIE = "judge_candidate"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def from_token(store: Store, token: str) -> Assessment | None:
    """The assessment of this token, its clock started by this first use if not yet."""
    found = store.assessment_by_token(token_hash(token))
    if found is None or found.started_at is not None:
        return found
    return store.start_assessment(found.id)


def candidate(request: Request, store: Store, reviewers: Reviewers | None) -> Assessment | None:
    """The assessment this request's candidate credential belongs to; None without one.

    A bearer token that is neither the reviewer's nor any candidate's is refused (401, and
    counted as a failed login); a stale cookie (an assessment since removed) is ignored.
    Without a reviewer surface there are no assessments, and nothing here is read."""
    if reviewers is None:
        return None
    given = bearer(request)
    if given is not None:
        if reviewers.is_token(given):
            return None
        reviewers.refuse_if_throttled(request)
        found = from_token(store, given)
        if found is None:
            reviewers.throttle.failed(client_ip(request))
            raise HTTPException(401, "unknown token", headers={"WWW-Authenticate": "Bearer"})
        return found
    cookie = request.cookies.get(CANDIDATE_COOKIE)
    return from_token(store, cookie) if cookie else None


def may_see(
    record: StoredSubmission, request: Request, store: Store, reviewers: Reviewers | None
) -> bool:
    """Whether this request may read `record`: anyone a practice submission (its id is its
    secret), but a submission of an assessment only its candidate and the reviewers."""
    if record.assessment is None:
        return True
    if reviewers is None:
        return False
    given = bearer(request)
    if reviewers.signed_in(request) or (given is not None and reviewers.is_token(given)):
        return True
    try:
        mine = candidate(request, store, reviewers)
    except HTTPException:
        return False
    return mine is not None and mine.id == record.assessment


def refuse_if_over(assessment: Assessment, now: float | None = None) -> None:
    """403 once the assessment's time is up."""
    if assessment.over(now if now is not None else time.time()):
        raise HTTPException(403, "the time for this assessment is up: submissions are closed")


def refuse_outside(assessment: Assessment, problem: str) -> None:
    """403 for a problem (its slug) that is not one of the assessment's."""
    if problem not in assessment.problems:
        raise HTTPException(
            403,
            f"problem {problem!r} is not part of this assessment "
            f"({', '.join(assessment.problems)})",
        )


def set_candidate_cookie(response: Response, token: str) -> None:
    response.set_cookie(
        CANDIDATE_COOKIE,
        token,
        max_age=7 * 24 * 3600,
        path="/",
        secure=True,
        httponly=True,
        # Lax, not Strict: the invite is opened from another site (a mail) and redirects
        # here, and Strict cookies are not sent along a redirect that another site began.
        samesite="lax",
    )
