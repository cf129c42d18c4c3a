"""Shared fixtures: the repository's folders and a few loaded problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.model import Problem
from judge.problem import load_problem

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures" / "problems"


@pytest.fixture(scope="session")
def sum_pairs() -> Problem:
    return load_problem(FIXTURES / "basic" / "sum_pairs")


@pytest.fixture(scope="session")
def two_sum() -> Problem:
    return load_problem(REPO / "problems" / "python" / "two_sum")
