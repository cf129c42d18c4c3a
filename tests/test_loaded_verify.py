"""A suite that stays green on a loaded machine: `judge verify` of the heaviest problems, with
two CPU-burning processes beside it, under both runners. Every accepted solution must stay AC
and every too-slow one TLE: verdicts come from CPU time measured by the supervisor, which
another process's load barely moves (wall time is only a generous cap)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from judge.runners import LocalRunner
from judge.runners.base import Runner
from judge.verify import verify_folder

from .test_verify_problems import FOLDERS, calibrated

HEAVIEST = ["three_sum", "knn_classifier", "mlp_backprop", "kmeans"]


@pytest.fixture(scope="module")
def two_cpu_hogs() -> Iterator[None]:
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


@pytest.mark.parametrize("where", ["local", "docker"])
@pytest.mark.parametrize("slug", HEAVIEST)
def test_heaviest_problems_verify_beside_two_cpu_hogs(
    slug: str, where: str, two_cpu_hogs: None, request: pytest.FixtureRequest
) -> None:
    runner: Runner = LocalRunner() if where == "local" else request.getfixturevalue("docker_runner")
    check = verify_folder(FOLDERS[slug], calibrated(runner), tle_repeats=1)
    problems = check.errors + [
        f"{s.path.parent.name}/{s.path.name}: expected {s.expected.value}, got "
        f"{','.join(v.value for v in s.got)} {s.detail}"
        for s in check.solutions
        if not s.ok
    ]
    assert check.ok, "\n".join(problems)
    assert any(s.expected.value == "AC" for s in check.solutions)
