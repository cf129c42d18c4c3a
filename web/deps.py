"""Dependencies of the routes, declared once as `Annotated` aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.templating import Jinja2Templates

from judge.catalog import UnknownProblem
from judge.model import Problem
from judge.problem import ProblemError
from web.dispatch import Dispatch
from web.reviewers import Reviewers
from web.services import Services
from web.settings import Settings
from web.store import Store


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_settings(request: Request) -> Settings:
    return get_services(request).settings


def get_store(request: Request) -> Store:
    return get_services(request).store


def get_pool(request: Request) -> Dispatch:
    return get_services(request).pool


def get_templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


def get_reviewers(request: Request) -> Reviewers | None:
    """The reviewer surface's secrets, or None when the server has none."""
    reviewers: Reviewers | None = getattr(request.app.state, "reviewers", None)
    return reviewers


def enabled_reviewers(request: Request) -> Reviewers:
    """For the routes that exist only with a reviewer token (the app adds them only then)."""
    reviewers = get_reviewers(request)
    if reviewers is None:
        raise HTTPException(404, "Not Found")
    return reviewers


def get_client(request: Request) -> str | None:
    """The browser's client id, set by `web.middleware.ClientCookie`."""
    client = request.scope.get("state", {}).get("client")
    return client if isinstance(client, str) else None


def get_problem(slug: str, services: Annotated[Services, Depends(get_services)]) -> Problem:
    try:
        return services.catalog.load(slug)
    except UnknownProblem:
        raise HTTPException(404, f"unknown problem {slug!r}") from None
    except ProblemError as exc:
        raise HTTPException(500, f"problem {slug!r} is broken: {exc}") from None


ServicesDep = Annotated[Services, Depends(get_services)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
PoolDep = Annotated[Dispatch, Depends(get_pool)]
TemplatesDep = Annotated[Jinja2Templates, Depends(get_templates)]
ReviewersDep = Annotated[Reviewers | None, Depends(get_reviewers)]
EnabledReviewersDep = Annotated[Reviewers, Depends(enabled_reviewers)]
ClientDep = Annotated[str | None, Depends(get_client)]
ProblemDep = Annotated[Problem, Depends(get_problem)]
