"""The queue: bounded admission (503 + Retry-After), live state, and no submission lost
across a stop or a crash."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from judge.catalog import catalog
from tests.web.conftest import MakeApp
from tests.web.helpers import ACCEPTED, WRONG, GatedRunner, submit, wait_done
from web.store import NewSubmission, Store


def test_a_full_queue_answers_503_with_retry_after(make_app: MakeApp) -> None:
    runner = GatedRunner()
    with TestClient(make_app(runner, queue_size=2)) as client:
        first = submit(client)
        second = submit(client)
        assert first.status_code == second.status_code == 202
        runner.waiting.acquire(timeout=60)  # the first is running, held at the gate

        refused = submit(client)
        assert refused.status_code == 503
        assert int(refused.headers["retry-after"]) >= 1
        assert "queue is full" in refused.json()["detail"]
        health = client.get("/api/health").json()
        assert health["pending"] == health["capacity"] == 2

        runner.gate.set()
        for response in (first, second):
            assert wait_done(client, response.json()["id"])["report"]["verdict"] == "AC"
        again = submit(client)
        assert again.status_code == 202  # room again once judged
        wait_done(client, again.json()["id"])


def test_a_running_submission_shows_its_progress(make_app: MakeApp) -> None:
    runner = GatedRunner()
    with TestClient(make_app(runner, workers=1)) as client:
        running = submit(client).json()["id"]
        queued = submit(client, mode="run").json()["id"]
        runner.waiting.acquire(timeout=60)
        now = client.get(f"/api/submissions/{running}").json()
        assert now["status"] == "running"
        total = len(catalog().load("two_sum").tests)
        assert now["tests_done"] == 0 and now["tests_total"] == total and now["report"] is None
        waiting = client.get(f"/api/submissions/{queued}").json()
        assert waiting["status"] == "queued" and waiting["tests_total"] is None
        fragment = client.get(f"/submissions/{running}/result").text
        assert 'data-status="running"' in fragment and "Judging" in fragment
        runner.gate.set()
        assert wait_done(client, queued)["report"]["total"] == len(
            catalog().load("two_sum").samples
        )


def test_submissions_left_by_a_crash_are_judged_on_start(make_app: MakeApp, tmp_path: Path) -> None:
    # What a server killed mid-judgement leaves behind: one running, two queued.
    store = Store(tmp_path / "submissions.db")
    idents = [
        store.add(NewSubmission("two_sum", "python", None, mode, ACCEPTED)).id
        for mode in ("submit", "run", "submit")
    ]
    assert store.claim(idents[0], "test") is not None
    store.close()

    with TestClient(make_app()) as client:
        reports = [wait_done(client, ident)["report"] for ident in idents]
    assert [r["verdict"] for r in reports] == ["AC", "AC", "AC"]
    problem = catalog().load("two_sum")
    everything, samples = len(problem.tests), len(problem.samples)
    assert [r["total"] for r in reports] == [everything, samples, everything]


def test_a_stopped_server_loses_nothing(make_app: MakeApp, tmp_path: Path) -> None:
    runner = GatedRunner()
    with TestClient(make_app(runner, workers=1, shutdown_grace=0.1)) as client:
        idents = [submit(client).json()["id"] for _ in range(3)]
        runner.waiting.acquire(timeout=60)
    # Stopped while the first was still held at the gate: it stays running, the rest queued.
    store = Store(tmp_path / "submissions.db")
    assert store.counts() == {"running": 1, "queued": 2}
    store.close()
    runner.gate.set()  # the old worker's result finds the store closed and is dropped

    with TestClient(make_app()) as client:
        done = [wait_done(client, ident) for ident in idents]
    assert [d["report"]["verdict"] for d in done] == ["AC", "AC", "AC"]


def test_health_and_metrics_report_the_in_process_queue(make_app: MakeApp) -> None:
    with TestClient(make_app()) as client:
        ident = submit(client).json()["id"]
        wrong = submit(client, code=WRONG).json()["id"]
        assert wait_done(client, ident)["report"]["verdict"] == "AC"
        assert wait_done(client, wrong)["report"]["verdict"] == "WA"
        assert wait_done(client, ident)["worker"].endswith("/in-process")
        health = client.get("/api/health").json()
        assert health["queue"] == "in-process" and health["database"] == "sqlite"
        assert health["queued"] == 0 and health["pending"] == 0
        metrics = client.get("/metrics")
        assert metrics.headers["content-type"].startswith("text/plain")
        text = metrics.text
        assert 'judge_submissions{status="done"} 2.0' in text
        assert 'judge_verdicts_total{verdict="AC"} 1.0' in text
        assert 'judge_verdicts_total{verdict="WA"} 1.0' in text
        assert "judge_judging_seconds_count 2.0" in text
        assert 'judge_judging_seconds_bucket{le="+Inf"} 2.0' in text
        assert f"judge_workers_alive {health['workers']:.1f}" in text
        page = client.get(f"/submissions/{ident}/result").text
        assert "judged by" in page and "in-process" in page
