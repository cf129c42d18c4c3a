"""Shared fixtures: the repository's folders and a few loaded problems."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from judge.model import Problem
from judge.problem import load_problem

if TYPE_CHECKING:
    from judge.runners.base import Runner
    from judge.runners.docker import DockerRunner

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures" / "problems"


@pytest.fixture(scope="session")
def sum_pairs() -> Problem:
    return load_problem(FIXTURES / "basic" / "sum_pairs")


@pytest.fixture(scope="session")
def two_sum() -> Problem:
    return load_problem(REPO / "problems" / "python" / "two_sum")


@pytest.fixture(scope="module")
def docker_runner() -> Iterator[DockerRunner]:
    """A Docker runner on the current image; no engine is a failure, never a skip."""
    from judge.runners.docker import DockerRunner
    from judge.sandbox_image import build_image, docker_client

    docker_client()
    build_image(offline=False, log=lambda _line: None)  # nothing to do when it is built
    runner = DockerRunner.connect()
    yield runner
    runner.close()


@pytest.fixture(scope="module", params=["local", "docker"])
def each_runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
    """The local runner, then a Docker runner: a module's tests under both."""
    if request.param == "local":
        from judge.runners.local import LocalRunner

        yield LocalRunner()
        return
    yield request.getfixturevalue("docker_runner")


def stray_sandboxes(wait: float = 3.0) -> list[str]:
    """Local supervisors and workers whose run is over (their working folder, which the run
    removes, is gone) and that are still alive after `wait` seconds: what a run left
    behind. Runs of other tests going on beside this one have their folders still."""
    import time

    deadline = time.monotonic() + wait
    while True:
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
                cwd = os.readlink(entry / "cwd")
            except OSError:
                continue
            sandbox = b"supervisor.py" in cmdline or b"workerlib.py" in cmdline
            if sandbox and cwd.endswith(" (deleted)"):
                found.append(cmdline.replace(b"\0", b" ").decode(errors="replace"))
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


# The `judge` command as the installed script starts it (judge.launch), from any folder.
JUDGE = [sys.executable, "-c", "from judge.launch import entry; entry()"]
