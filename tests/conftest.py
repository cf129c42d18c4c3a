"""Shared fixtures: the repository's folders and a few loaded problems."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from judge.model import Problem
from judge.problem import load_problem

if TYPE_CHECKING:
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
