"""Helpers shared by the web tests: solutions, a gated runner, submitting and waiting."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from judge.runners import LocalRunner
from judge.runners.base import EventSink, Job, RunOutcome

REPO = Path(__file__).resolve().parents[2]
TWO_SUM = REPO / "problems" / "python" / "two_sum" / "solutions"
ACCEPTED = (TWO_SUM / "accepted" / "hash_map.py").read_text()
WRONG = (TWO_SUM / "wrong_answer" / "values_not_indices.py").read_text()


class GatedRunner(LocalRunner):
    """The real local runner, held at a gate until the test opens it: it makes 'the
    workers are busy' a state the test controls instead of a race against the clock."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.waiting = threading.Semaphore(0)

    def run(self, job: Job, on_event: EventSink | None = None) -> RunOutcome:
        self.waiting.release()
        self.gate.wait(timeout=120)
        return super().run(job, on_event)


def wait_done(client: TestClient, ident: str, timeout: float = 120.0) -> dict[str, Any]:
    """Poll until the submission is judged (the timeout only guards against a hang)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(f"/api/submissions/{ident}").json()
        if body["status"] == "done":
            return body
        time.sleep(0.05)
    raise AssertionError(f"submission {ident} not judged within {timeout} s")


def submit(client: TestClient, code: str = ACCEPTED, **fields: Any) -> Any:
    body = {"problem": "two_sum", "code": code, "language": "python", "mode": "submit"}
    body.update(fields)
    return client.post("/api/submissions", json=body)


# Right on small inputs (every sample), wrong on the large generated hidden tests: the
# first failing test is then a hidden one, whose detail the reveal policy governs.
WRONG_ON_HIDDEN = """
def two_sum(nums, target):
    if len(nums) > 1000:
        return [0, 1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
"""


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app on uvicorn in a thread, on a free loopback port; yields its address."""
    import socket

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(30)
