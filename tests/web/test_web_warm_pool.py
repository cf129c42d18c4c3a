"""The server on Docker keeps a warm pool: the containers are started before any submission,
for the kinds and memory limits its problems use, and a submission is judged in one of them."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from judge.catalog import catalog
from judge.runners.base import EventSink, Job, RunOutcome
from judge.sandbox_image import build_image, docker_client
from tests.web.helpers import ACCEPTED, submit, wait_done
from web.app import create_app
from web.sandbox import warm_keys
from web.settings import Settings


def wait_for(condition: Callable[[], bool], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the pool did not fill in time"
        time.sleep(0.05)


def test_warm_keys_are_the_sandboxed_kinds_commonest_last() -> None:
    keys = warm_keys(catalog())
    assert {kind for kind, _mb in keys} == {"python", "ml", "pandas"}  # SQL runs on the host
    assert ("ml", 512) in keys
    assert keys[-1] == ("python", 256)  # the most problems: wanted last, filled first


def test_serve_keeps_a_pool_as_large_as_the_workers_unless_told() -> None:
    from judge.cli import build_parser

    args = build_parser().parse_args(["serve", "--workers", "3"])
    assert args.pool is None  # serve() then keeps 3
    assert build_parser().parse_args(["serve", "--pool", "0"]).pool == 0


def test_a_docker_server_judges_in_a_warm_container(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docker_client()  # no engine is a failure, never a skip
    build_image(offline=True, log=lambda _line: None)  # nothing to do when it is built
    settings = Settings(
        db_path=tmp_path / "submissions.db",
        sandbox="docker",
        pool=1,
        workers=1,
    )
    app = create_app(settings)  # no runner given: the app opens the sandbox itself
    with TestClient(app) as client:
        assert "warm" in client.get("/api/health").json()["runner"]
        runner: Any = app.state.services.pool.judgement.runner
        assert runner.name == "docker"
        wait_for(lambda: runner.pool_ready("python", 256) == 1)
        wait_for(lambda: runner.pool_ready("ml", 512) == 1)
        assert runner.pool_ready("sql", 256) == 0
        outcomes: list[RunOutcome] = []
        run = runner.run

        def recorded(job: Job, on_event: EventSink | None = None) -> RunOutcome:
            outcome: RunOutcome = run(job, on_event)
            outcomes.append(outcome)
            return outcome

        monkeypatch.setattr(runner, "run", recorded)
        body = wait_done(client, submit(client, ACCEPTED).json()["id"])
        assert body["report"]["verdict"] == "AC", body["report"]
        assert body["report"]["runner"] == "docker"
        # The submission took the warm container; any runs after it are the problem's
        # accepted reference solutions, run once (and cached) for the runtime distribution.
        assert outcomes[0].extra["warm"] is True
        wait_for(lambda: runner.pool_ready("python", 256) == 1)  # refilled for the next
    # The app opened the runner, so the app released it: nothing is left waiting.
    assert runner.pool_ready("python", 256) == 0
