"""Parked containers (issue 19): `judge sandbox park` leaves containers waiting for the next
Docker run on this host. A run claims one by renaming it (one claim per container, even when
runs race), is judged in it like in a fresh one, removes it, and parks a replacement until the
original deadline; one whose deadline is too near is not claimed. Real engine, real image.

Each test parks for a memory limit no other test uses, so parallel tests never take these.
"""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import replace

import pytest

from judge.judging import judge
from judge.model import Problem, Submission, Verdict
from judge.problem import load_problem
from judge.runners.docker import DockerRunner
from judge.runners.docker_parked import PARKED_LABEL, claim, park

from .conftest import JUDGE, TESTS

AC = "def shout(word):\n    return word.upper() + '!'\n"


def parked(runner: DockerRunner, key: tuple[str, int]) -> list[str]:
    listed = runner.engine.containers([f"{PARKED_LABEL}={key[0]}/{key[1]}"])
    return [n.lstrip("/") for info in listed for n in info["Names"] if "judge-parked-" in n]


@pytest.fixture
def shout_at(docker_runner: DockerRunner, request: pytest.FixtureRequest) -> Problem:
    base = load_problem(TESTS / "hostile" / "problem" / "shout")
    memory = 100 + request.node.name.__hash__() % 50  # this test's own key
    return replace(base, limits=replace(base.limits, memory_mb=memory))


def test_a_run_takes_a_parked_container_and_parks_a_replacement(
    docker_runner: DockerRunner, shout_at: Problem
) -> None:
    key = ("python", shout_at.limits.memory_mb)
    [name] = park(docker_runner, key, 1, minutes=5)
    try:
        report = judge(shout_at, Submission(AC, "python"), docker_runner)
        assert report.verdict is Verdict.AC, report.message
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            now = parked(docker_runner, key)
            if now and name not in now:
                break
            time.sleep(0.2)
        now = parked(docker_runner, key)
        assert name not in now  # used once, then removed
        assert len(now) == 1  # the replacement, parked by a detached process
        names = subprocess.run(
            ["docker", "ps", "-a", "--format", "{{.Names}}"], capture_output=True, text=True
        ).stdout.split()
        assert not [n for n in names if n == name]
    finally:
        unpark_key(docker_runner, key)


def test_racing_runs_claim_a_container_once(docker_runner: DockerRunner, shout_at: Problem) -> None:
    key = ("python", shout_at.limits.memory_mb)
    park(docker_runner, key, 1, minutes=5)
    got: list[object] = []
    start = threading.Barrier(4)

    def take() -> None:
        start.wait()
        got.append(claim(docker_runner, key, 10.0))

    threads = [threading.Thread(target=take) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [g for g in got if g is not None]
    try:
        assert len(claimed) == 1
    finally:
        for container, _deadline in claimed:  # type: ignore[misc]
            docker_runner.engine.remove(container.id)
        unpark_key(docker_runner, key)


def test_a_container_parked_too_briefly_for_the_job_is_not_claimed(
    docker_runner: DockerRunner, shout_at: Problem
) -> None:
    key = ("python", shout_at.limits.memory_mb)
    park(docker_runner, key, 1, minutes=0.2)  # 12 s: less than the job may need
    try:
        assert claim(docker_runner, key, seconds_needed=60.0) is None
        assert len(parked(docker_runner, key)) == 1
    finally:
        unpark_key(docker_runner, key)


def test_park_and_unpark_from_the_cli(docker_runner: DockerRunner) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [*JUDGE, "sandbox", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    out = cli("park", "--kind", "python", "--memory", "97", "--count", "2", "--minutes", "2")
    assert out.returncode == 0 and "parked 2 containers for python (97 MB)" in out.stdout
    assert len(parked(docker_runner, ("python", 97))) == 2
    out = cli("park", "--count", "0")
    assert out.returncode == 2 and "--count is 1 to 16" in out.stderr
    out = cli("park", "--problem", "rank_scores")
    assert out.returncode == 2 and "judged on this host" in out.stderr
    assert "removed 2 parked" in cli("unpark", "--memory", "97").stdout
    assert parked(docker_runner, ("python", 97)) == []


def unpark_key(runner: DockerRunner, key: tuple[str, int]) -> None:
    for name in parked(runner, key):
        runner.engine.remove(name)
