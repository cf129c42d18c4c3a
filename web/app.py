"""The FastAPI app: `create_app(settings)` wires store, dispatch, routes and templates.

By default everything is embedded: submissions in a SQLite file, judging by a pool of
threads in this process that hand the code to a runner (which starts a separate process or
container). With `settings.queue_url`, submissions go through Redis to `judge worker`
processes on other machines, and this process judges nothing (web/queue.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from judge.catalog import catalog
from judge.model import Verdict
from judge.report import printable
from judge.runners.base import Runner
from web import assessments, views
from web.judgement import Judgement
from web.middleware import BodyLimit, ClientCookie
from web.queue import RedisDispatch, redacted
from web.reviewers import Reviewers
from web.routes import assessments as assessments_api
from web.routes import (
    candidate,
    complexity,
    docs,
    metrics,
    pages,
    problems,
    review,
    submissions,
)
from web.sandbox import Sandbox, open_sandbox
from web.schemas import Health
from web.services import Services, build_index
from web.settings import Settings
from web.store import Store
from web.worker import WorkerPool

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"


def create_app(settings: Settings, runner: Runner | None = None, runner_note: str = "") -> FastAPI:
    """The app for these settings. Without a runner it opens one when it starts (web.sandbox:
    Docker with a warm pool, by default) and releases it when it stops; a runner given is the
    caller's to release."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        found = catalog(list(settings.problem_roots) if settings.problem_roots else None)
        store = await run_in_threadpool(Store, settings.db_path)
        if settings.queue_url is not None:
            queued = RedisDispatch(
                store,
                settings.queue_url,
                capacity=settings.queue_size,
                reveal=settings.reveal,
                lease=settings.lease,
            )
            # Each worker scales the reference limits by its own host's factor.
            note = f"redis queue {redacted(settings.queue_url)}; judged by `judge worker`s"
            app.state.services = Services(
                settings, store, queued, found, build_index(found), note, 1.0
            )
            try:
                yield
            finally:
                queued.close()
                store.close()
            return
        if runner is None:
            sandbox = await run_in_threadpool(open_sandbox, settings, found)
        else:
            sandbox = Sandbox(runner, runner_note or f"{runner.name} runner", lambda: None)
        pool = WorkerPool(
            store,
            Judgement(found, sandbox.runner, settings.reveal),
            workers=settings.workers,
            capacity=settings.queue_size,
        )
        app.state.services = Services(
            settings,
            store,
            pool,
            found,
            build_index(found),
            sandbox.note,
            sandbox.runner.factor,
            sandbox.runner.ratios,
        )
        pool.start()
        try:
            yield
        finally:
            await run_in_threadpool(pool.stop, settings.shutdown_grace)
            store.close()
            await run_in_threadpool(sandbox.close)

    app = FastAPI(
        title="judge",
        summary="Judge interview-style solutions (Python, SQL, ML) against hidden tests.",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # web.routes.docs serves /docs with its assets from this package
        redoc_url=None,
    )
    app.state.templates = _templates(settings)
    # Without a reviewer token there is no reviewer surface at all: no routes, no cookies
    # read, nothing in /docs; and so no assessments for candidates either.
    app.state.reviewers = None
    if settings.reviewer_token is not None:
        app.state.reviewers = Reviewers(settings.reviewer_token)
        app.include_router(assessments_api.router)
        app.include_router(review.router)
        app.include_router(candidate.router)
    app.include_router(problems.router)
    app.include_router(submissions.router)
    app.include_router(pages.router)
    app.include_router(complexity.router)
    app.include_router(docs.router)
    app.include_router(metrics.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/health", response_model=Health, tags=["server"])
    def health() -> Health:
        services: Services = app.state.services
        pool = services.pool
        return Health(
            status="ok",
            runner=services.runner_note,
            workers=pool.workers,
            pending=pool.pending,
            queued=pool.queue_depth(),
            capacity=pool.capacity,
            hiring=settings.hiring,
            queue="redis" if pool.name == "redis" else "in-process",
            database=services.store.backend,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        """422 saying where and what, without FastAPI's echo of the input: the input may hold
        what JSON cannot carry (NaN, Infinity, a lone surrogate), which made the reply a 500."""
        detail = [
            {
                "loc": [item if isinstance(item, int) else str(item)[:100] for item in e["loc"]],
                "msg": str(e.get("msg", ""))[:500],
                "type": str(e.get("type", "")),
            }
            for e in exc.errors()[:20]
        ]
        return JSONResponse(printable({"detail": detail}), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def not_found_page(request: Request, exc: StarletteHTTPException) -> Response:
        """A page that does not exist is an HTML page saying so; the API keeps its JSON."""
        if exc.status_code != 404 or request.url.path.startswith(("/api/", "/static/")):
            return await http_exception_handler(request, exc)
        templates: Jinja2Templates = app.state.templates
        return templates.TemplateResponse(
            request, "404.html", {"detail": exc.detail}, status_code=404
        )

    # The middleware added last runs first: the body cap sees the raw bytes before anything
    # else reads them.
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(ClientCookie)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    if settings.allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    return app


def _templates(settings: Settings) -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    env = templates.env
    env.globals["hiring"] = settings.hiring
    env.filters.update(
        ms=views.ms, mib=views.mib, shown=views.shown, when=views.when, tables=views.tables
    )
    env.filters.update(
        clock=assessments.countdown, minutes=assessments.minutes_text, offset=assessments.clock
    )
    env.globals["labels"] = {v.value: v.label for v in Verdict}
    env.globals["asset"] = _asset_versions()
    return templates


def _asset_versions() -> dict[str, str]:
    """Static file → a short content hash, so browsers refetch a file only when it changes."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()[:10]
        for path in STATIC.iterdir()
        if path.is_file()
    }
