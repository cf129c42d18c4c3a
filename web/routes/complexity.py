"""The "Analyze complexity" button of an accepted submission's result: it sends the same code
again in mode `complexity` (judged by the same worker path, in the sandbox) and opens that
submission's page, whose result panel draws the measured growth (web/complexity_chart.py)."""

from __future__ import annotations

import contextlib
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse

from judge.scaling import unavailable
from web.candidates import may_see
from web.complexity_chart import complexity_chart
from web.deps import ClientDep, PoolDep, ReviewersDep, ServicesDep, StoreDep
from web.dispatch import QueueFull
from web.services import Services
from web.store import NewSubmission, StoredSubmission

router = APIRouter(tags=["pages"])


@router.post("/submissions/{ident}/complexity", name="analyze_complexity")
def analyze_complexity(
    ident: str,
    request: Request,
    services: ServicesDep,
    store: StoreDep,
    pool: PoolDep,
    client: ClientDep,
    reviewers: ReviewersDep,
) -> RedirectResponse:
    record = store.get(ident)
    if record is None or not may_see(record, request, store, reviewers):
        raise HTTPException(404, f"no submission {ident!r}")
    why = _why_not(services, record)
    if why:
        raise HTTPException(422, why)
    new = NewSubmission(
        problem=record.problem,
        language=record.language,
        dialect=record.dialect,
        mode="complexity",
        code=record.code,
        client=client,
    )
    try:
        made = pool.submit(new)
    except QueueFull as exc:
        raise HTTPException(503, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
    return RedirectResponse(str(request.url_for("submission_page", ident=made.id).path), 303)


def complexity_context(services: Services, record: StoredSubmission) -> dict[str, Any]:
    """What the result panel shows of complexity: the chart of an analysed submission, a
    word when there is none to draw, or the button on an accepted one that can be measured."""
    out: dict[str, Any] = {"complexity": None, "complexity_note": "", "analyze_url": ""}
    if record.mode == "complexity" and record.status == "done":
        out["complexity"] = complexity_chart(record)
        if out["complexity"] is None:
            out["complexity_note"] = "Complexity: measured only for an accepted submission."
    elif not _why_not(services, record):
        out["analyze_url"] = f"/submissions/{record.id}/complexity"
    return out


def _why_not(services: Services, record: StoredSubmission) -> str:
    """Why this record offers no analysis ("" when it does)."""
    report = record.report or {}
    if record.assessment is not None:
        return "complexity analysis is off in an assessment"
    if record.status != "done" or report.get("verdict") != "AC":
        return "only an accepted submission's complexity is measured"
    if record.mode not in ("submit", "all"):
        return "only a submission judged on the hidden tests is measured"
    with contextlib.suppress(Exception):
        return unavailable(services.catalog.load(record.problem))
    return "the problem cannot be loaded"
