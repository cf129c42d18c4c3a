"""A deployment on one machine, for tests/test_scale_out.py and tests/bench/bench_scale.py:
real Redis and PostgreSQL (tests/services.py), `judge serve --queue` and `judge worker`
processes started as an operator starts them, and submissions sent over HTTP."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.services import free_port, postgres_server, redis_server, wait_port

REPO = Path(__file__).resolve().parent.parent
PROBLEMS = REPO / "problems"


def judge_command() -> list[str]:
    return [sys.executable, "-c", "import sys; from judge.cli import main; sys.exit(main())"]


@dataclass(frozen=True)
class Kind:
    """A kind of submission sent, and the verdict it must get."""

    problem: str
    language: str
    code: str
    verdict: str


def mix() -> list[Kind]:
    """Accepted, wrong and broken Python, and SQL (judged in the worker's DuckDB process)."""
    two_sum = PROBLEMS / "python" / "two_sum" / "solutions"
    sql = PROBLEMS / "sql" / "active_periods" / "solutions"
    return [
        Kind("two_sum", "python", (two_sum / "accepted" / "hash_map.py").read_text(), "AC"),
        Kind(
            "two_sum", "python", (two_sum / "wrong_answer" / "reuses_element.py").read_text(), "WA"
        ),
        Kind("two_sum", "python", "class Solution:\n    def twoSum(self, nums, target)\n", "CE"),
        Kind("active_periods", "sql", (sql / "accepted" / "reference.sql").read_text(), "AC"),
    ]


@dataclass
class Process:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


@dataclass
class Deployment:
    folder: Path
    redis: str
    db: str
    web_url: str = ""
    processes: list[Process] = field(default_factory=list)

    def start(self, name: str, args: list[str], env: dict[str, str] | None = None) -> Process:
        log = self.folder / f"{name}.log"
        out = log.open("wb")
        proc = subprocess.Popen(
            [*judge_command(), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=self.folder,
            env={**os.environ, **(env or {})},
            start_new_session=True,
        )
        process = Process(name, proc, log)
        self.processes.append(process)
        return process

    def start_web(self, *extra: str) -> Process:
        port = free_port()
        web = self.start(
            "web",
            [
                "serve",
                "--port",
                str(port),
                "--queue",
                self.redis,
                "--db",
                self.db,
                "--lease",
                "6",
                *extra,
            ],
        )
        wait_port(port, timeout=60, proc=web.proc)
        self.web_url = f"http://127.0.0.1:{port}"
        return web

    def start_worker(self, name: str, threads: int = 2, lease: float = 6) -> Process:
        worker = self.start(
            name,
            [
                "worker",
                "--queue",
                self.redis,
                "--db",
                self.db,
                "--name",
                name,
                "--threads",
                str(threads),
                "--lease",
                str(lease),
                "--sandbox",
                "docker",
            ],
        )
        return worker

    def wait_workers(self, count: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            health = httpx.get(f"{self.web_url}/api/health", timeout=10).json()
            if health["workers"] >= count:
                return
            for p in self.processes:
                if p.proc.poll() is not None:
                    raise RuntimeError(f"{p.name} exited {p.proc.returncode}:\n{p.text()[-3000:]}")
            time.sleep(0.3)
        raise TimeoutError(f"fewer than {count} workers alive after {timeout} s")

    def kill(self, process: Process) -> None:
        """SIGKILL, as a machine's sudden death: the process and everything it started."""
        os.killpg(process.proc.pid, signal.SIGKILL)
        process.proc.wait(10)


def submit(client: httpx.Client, kind: Kind, mode: str = "submit") -> dict[str, Any]:
    while True:
        response = client.post(
            "/api/submissions",
            json={
                "problem": kind.problem,
                "language": kind.language,
                "code": kind.code,
                "mode": mode,
            },
        )
        if response.status_code == 503:  # back-pressure: wait as told
            time.sleep(float(response.headers.get("retry-after", "1")))
            continue
        response.raise_for_status()
        return dict(response.json())


def wait_all(
    client: httpx.Client, idents: list[str], timeout: float
) -> tuple[dict[str, dict[str, Any]], dict[str, float]]:
    """Poll until every submission is done; their final records, and when each was seen done
    (monotonic seconds)."""
    done: dict[str, dict[str, Any]] = {}
    seen: dict[str, float] = {}
    deadline = time.monotonic() + timeout
    while len(done) < len(idents):
        if time.monotonic() > deadline:
            missing = [i for i in idents if i not in done]
            raise TimeoutError(f"{len(missing)} submissions not done after {timeout} s")
        for ident in idents:
            if ident in done:
                continue
            record = client.get(f"/api/submissions/{ident}").json()
            if record["status"] == "done":
                done[ident] = record
                seen[ident] = time.monotonic()
        time.sleep(0.2)
    return done, seen


@contextmanager
def deployment(folder: Path) -> Iterator[Deployment]:
    with ExitStack() as stack:
        redis = stack.enter_context(redis_server(folder / "redis"))
        db = stack.enter_context(postgres_server())
        dep = Deployment(folder, redis, db)
        try:
            yield dep
        finally:
            for p in dep.processes:
                if p.proc.poll() is None:
                    os.killpg(p.proc.pid, signal.SIGTERM)
            for p in dep.processes:
                try:
                    p.proc.wait(60)
                except subprocess.TimeoutExpired:
                    os.killpg(p.proc.pid, signal.SIGKILL)
                    p.proc.wait(10)
