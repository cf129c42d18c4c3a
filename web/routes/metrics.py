"""GET /metrics: what an operator scales on, in Prometheus' text format.

Read at each scrape from the shared database and the queue, so every front end of a
deployment reports the same figures whichever process judged: submissions by status, the
queue's depth, workers alive, verdicts and the judging-time histogram (started to stored).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)

from web.deps import ServicesDep
from web.services import Services
from web.store import TIME_BUCKETS

router = APIRouter(tags=["server"])


class Figures:
    """A one-scrape collector over the services."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def collect(self) -> Iterator[Metric]:
        pool = self.services.pool
        figures = self.services.store.figures(alive_within=getattr(pool, "lease", 30.0))
        statuses = GaugeMetricFamily(
            "judge_submissions", "Submissions by status.", labels=["status"]
        )
        for status in ("queued", "running", "done"):
            statuses.add_metric([status], figures.statuses.get(status, 0))
        yield statuses
        yield GaugeMetricFamily(
            "judge_queue_depth", "Submissions sent and not yet taken by a judge.",
            value=pool.queue_depth(),
        )  # fmt: skip
        yield GaugeMetricFamily(
            "judge_workers_alive",
            "Judges alive: `judge worker` processes seen within their lease, or in-process "
            "threads.",
            value=figures.workers_alive if pool.name == "redis" else pool.workers,
        )
        yield GaugeMetricFamily(
            "judge_queue_capacity", "Submissions queued or running before 503.",
            value=pool.capacity,
        )  # fmt: skip
        verdicts = CounterMetricFamily(
            "judge_verdicts", "Judged submissions by verdict.", labels=["verdict"]
        )
        for verdict, count in sorted(figures.verdicts.items()):
            verdicts.add_metric([verdict], count)
        yield verdicts
        buckets: list[tuple[str, Any]] = [
            (f"{bound:g}", count)
            for bound, count in zip(TIME_BUCKETS, figures.buckets, strict=True)
        ]
        buckets.append(("+Inf", figures.judged))
        yield HistogramMetricFamily(
            "judge_judging_seconds",
            "Seconds from a judge taking a submission to its report stored.",
            buckets=buckets,
            sum_value=figures.judging_seconds,
        )


@router.get("/metrics", response_class=Response, include_in_schema=False)
def metrics(services: ServicesDep) -> Response:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(Figures(services))  # type: ignore[arg-type]
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
