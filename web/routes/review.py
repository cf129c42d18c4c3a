"""The reviewers' pages: a login form (the reviewer token, a CSRF token, failed logins
throttled), the list of assessments with a form to invite a candidate, each assessment's
review (a timeline and every submission's code and results) and the CSV export.

Signed in is a session cookie (web.reviewers) sent only to /review; every form post
carries the CSRF token of a cookie this site set, and one from another origin is refused.
The app adds these routes only with a reviewer token."""

from __future__ import annotations

import re
import time
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from web import assessments
from web.deps import EnabledReviewersDep, ServicesDep, StoreDep, TemplatesDep
from web.reviewers import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_SECONDS,
    check_form,
    client_ip,
    new_csrf,
    set_cookie,
)
from web.routes.assessments import csv_response

router = APIRouter(prefix="/review", include_in_schema=False)

_CSRF_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,64}")
MAX_FORM_FIELD = 10_000


async def form_fields(request: Request) -> dict[str, str]:
    """An url-encoded form's fields (the last value of each), read by hand: the app needs no
    multipart parser for three text fields."""
    body = await request.body()
    parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {key: values[-1][:MAX_FORM_FIELD] for key, values in parsed.items()}


FormDep = Annotated[dict[str, str], Depends(form_fields)]


def signed_in(request: Request, reviewers: EnabledReviewersDep) -> None:
    """The pages below need a signed-in reviewer: anyone else goes to the login form."""
    if not reviewers.signed_in(request):
        raise HTTPException(303, "sign in first", headers={"Location": "/review/login"})


SignedInDep = Annotated[None, Depends(signed_in)]


@router.get("/login", response_class=HTMLResponse, name="review_login")
def login_page(
    request: Request, templates: TemplatesDep, reviewers: EnabledReviewersDep
) -> Response:
    if reviewers.signed_in(request):
        return RedirectResponse("/review", status_code=303)
    return _page(request, templates, "review_login.html", {"error": ""})


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request, templates: TemplatesDep, reviewers: EnabledReviewersDep, form: FormDep
) -> Response:
    check_form(request, form.get("csrf", ""))
    wait = reviewers.throttle.retry_after(client_ip(request))
    if wait is not None:
        response = _page(
            request,
            templates,
            "review_login.html",
            {"error": f"Too many failed logins from this address; try again in {wait} s."},
            status_code=429,
        )
        response.headers["Retry-After"] = str(wait)
        return response
    if not reviewers.is_token(form.get("token", "").strip()):
        reviewers.throttle.failed(client_ip(request))
        return _page(
            request,
            templates,
            "review_login.html",
            {"error": "That is not the reviewer token."},
            status_code=401,
        )
    reviewers.throttle.succeeded(client_ip(request))
    response = RedirectResponse("/review", status_code=303)
    set_cookie(response, SESSION_COOKIE, reviewers.session(), SESSION_SECONDS)
    return response


@router.post("/logout")
def logout(request: Request, form: FormDep, _: EnabledReviewersDep) -> Response:
    check_form(request, form.get("csrf", ""))
    response = RedirectResponse("/review/login", status_code=303)
    set_cookie(response, SESSION_COOKIE, "", 0)
    return response


@router.get("", response_class=HTMLResponse, name="review_page")
def review_list(
    request: Request, store: StoreDep, templates: TemplatesDep, _: SignedInDep
) -> Response:
    return _list(request, store, templates, {})


@router.post("/assessments", response_class=HTMLResponse)
def create_from_form(
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    templates: TemplatesDep,
    form: FormDep,
    _: SignedInDep,
) -> Response:
    check_form(request, form.get("csrf", ""))
    asked = {key: form.get(key, "") for key in ("candidate", "problems", "minutes")}
    try:
        minutes = float(asked["minutes"])
    except ValueError:
        minutes = float("nan")
    try:
        chosen = assessments.plan(
            asked["candidate"],
            re.split(r"[\s,]+", asked["problems"]),
            minutes,
            services.catalog,
        )
    except assessments.AssessmentError as exc:
        return _list(request, store, templates, {"error": str(exc), "asked": asked}, 422)
    made, token = assessments.create(store, chosen)
    return _page(
        request,
        templates,
        "review_created.html",
        {
            "assessment": made,
            "invite_url": str(request.url_for("invite_page", token=token)),
        },
        status_code=201,
    )


@router.get("/assessments.csv")
def export(store: StoreDep, _: SignedInDep) -> Response:
    return csv_response(assessments.export_csv(store))


@router.get("/assessments/{ident}", response_class=HTMLResponse, name="review_assessment")
def review_one(
    ident: str,
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    templates: TemplatesDep,
    _: SignedInDep,
) -> Response:
    found = store.assessment(ident)
    if found is None:
        raise HTTPException(404, f"no assessment {ident!r}")
    records = store.of_assessment(ident)
    return _page(
        request,
        templates,
        "review_assessment.html",
        {
            "a": assessments.review(found, records, time.time()),
            "marks": assessments.marks(found, records),
            "titles": _titles(services, found.problems),
        },
    )


def _list(
    request: Request,
    store: StoreDep,
    templates: TemplatesDep,
    extra: dict[str, Any],
    status_code: int = 200,
) -> Response:
    now = time.time()
    records = store.of_assessments()
    rows = [assessments.summary(a, records.get(a.id, []), now) for a in store.all_assessments()]
    context = {"rows": rows, "error": "", "asked": {"minutes": "60"}, **extra}
    return _page(request, templates, "review.html", context, status_code)


def _titles(services: ServicesDep, slugs: tuple[str, ...]) -> dict[str, str]:
    titles = {}
    for slug in slugs:
        try:
            titles[slug] = services.catalog.load(slug).title
        except Exception:  # a problem removed since: its slug
            titles[slug] = slug
    return titles


def _page(
    request: Request,
    templates: TemplatesDep,
    name: str,
    context: dict[str, Any],
    status_code: int = 200,
) -> Response:
    """A review page with the CSRF token its forms carry (the cookie's, or a new one)."""
    csrf = request.cookies.get(CSRF_COOKIE, "")
    fresh = not _CSRF_SHAPE.fullmatch(csrf)
    if fresh:
        csrf = new_csrf()
    response = templates.TemplateResponse(
        request, name, {**context, "csrf": csrf}, status_code=status_code
    )
    response.headers["Cache-Control"] = "no-store"
    if fresh:
        set_cookie(response, CSRF_COOKIE, csrf, SESSION_SECONDS)
    return response
