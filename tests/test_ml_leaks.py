"""An ML submission cannot make a hidden test's message show that test's data.

The submission runs in the worker, so it can rewrite the worker and say anything in its
reply: each attack below replaces the worker's `run_test` with one that answers every test
with the test's own data (the first values of X_test) written into one part of the reply.
Under reveal none, no hidden test's message may carry it; revealed, the same messages do
(the attack is not vacuous). Under both runners: the worker is the same in Docker.
"""

from __future__ import annotations

import json
import re

import pytest

from judge.judging import Options, judge
from judge.model import Problem, Submission, TestResult, Verdict
from judge.problem import load_problem
from judge.runners.base import Runner

from .conftest import REPO

ATTACK = """
import json
import sys

import numpy as np

worker = sys.modules["judge_worker_ml"]


def leak(test):
    X = worker.decode(test["arrays"]["X_test"])
    return "LEAK" + json.dumps([round(float(v), 6) for v in X.reshape(-1)[:4]])


def empty(shape):
    return {"__ndarray__": True, "dtype": "<f8", "shape": shape, "data": ""}


def nan_predictions(test):
    X = worker.decode(test["arrays"]["X_test"])
    return {
        "coef_": worker.encode(np.zeros(X.shape[1])),
        "intercept_": 0.0,
        "pred": worker.encode(np.full(len(X), np.nan)),
    }


def run_test(ctx, test):
    said = leak(test)
    digits = [int(c) + 1 for c in said if c.isdigit()]
    replies = {REPLIES}
    return {"fit_time": 0.001, "predict_time": 0.001, "warnings": [], **replies[MODE]}


worker.run_test = run_test


class RidgeRegression:
    pass
"""

# What each attack's reply says (`said` is the leak; `digits`, its digits as numbers).
REPLIES = """{
        "error": {"status": "error", "error": said},
        "api": {"status": "api", "error": said},
        "forbidden": {"status": "forbidden", "error": said},
        "mutated": {"status": "mutated", "error": said},
        "not_self": {"status": "not_self", "error": said},
        "unserializable": {"status": "unserializable", "error": said},
        "nondeterministic": {
            "status": "nondeterministic", "output": said, "differ": said, "size": said,
            "outputs": {},
        },
        "status": {"status": said},
        "dtype": {"status": "ok", "outputs": {"pred": {**empty([0]), "dtype": said}}},
        "shape": {"status": "ok", "outputs": {"pred": empty([0, *digits])}},
        "warnings": {"status": "ok", "warnings": [said], "outputs": nan_predictions(test)},
        "times": {"status": "ok", "fit_time": 1e300, "predict_time": 1e300, "outputs": {}},
    }"""
MODES = [
    "error",
    "api",
    "forbidden",
    "mutated",
    "not_self",
    "unserializable",
    "nondeterministic",
    "status",
    "dtype",
    "shape",
    "warnings",
    "times",
]


@pytest.fixture(scope="module")
def runner(each_runner: Runner) -> Runner:
    return each_runner


@pytest.fixture(scope="module")
def problem() -> Problem:
    return load_problem(REPO / "problems" / "ml" / "ridge_regression")


def attack(mode: str) -> str:
    return ATTACK.replace("{REPLIES}", REPLIES).replace("MODE", json.dumps(mode))


def hidden_messages(
    problem: Problem, runner: Runner, code: str, options: Options
) -> list[TestResult]:
    report = judge(problem, Submission(code, "python"), runner, options)
    assert report.tests, report.message
    hidden = [t for t in report.tests if t.hidden]
    assert hidden and all(t.verdict is not Verdict.AC for t in hidden), report.tests
    return hidden


def shows(results: list[TestResult], mode: str) -> bool:
    """Whether the messages carry the leak (the shape: its digits as a shape's sides; the
    times: a number of far more digits than any time has)."""
    text = json.dumps([t.message for t in results])
    if mode == "shape":
        return re.search(r"\(0, \d+, \d+, \d+", text) is not None
    if mode == "times":
        return re.search(r"\d{20}", text) is not None
    return "LEAK" in text


@pytest.mark.parametrize("mode", MODES)
def test_a_rewritten_worker_cannot_show_a_hidden_tests_data(
    mode: str, problem: Problem, runner: Runner
) -> None:
    code = attack(mode)
    assert not shows(hidden_messages(problem, runner, code, Options()), mode)
    revealed = hidden_messages(problem, runner, code, Options(reveal="all"))
    if mode in ("shape", "times"):  # the judge bounds these whatever it reveals
        assert not shows(revealed, mode), [t.message for t in revealed]
    else:
        assert shows(revealed, mode), [t.message for t in revealed]


def test_the_judges_own_words_name_no_reference_value_for_a_hidden_test() -> None:
    # A metric compared with the reference's value ("r2_score 0.53, expected 0.53") says
    # the value for a sample and only the difference for a hidden test: the reference's
    # value is the hidden test's expected answer.
    from judge.runners.local import LocalRunner

    problem = load_problem(REPO / "problems" / "ml" / "regression_metrics")
    code = (REPO / "problems/ml/regression_metrics/solutions/accepted/vectorised.py").read_text()
    report = judge(problem, Submission(code, "python"), LocalRunner())
    assert report.verdict is Verdict.AC
    samples = [t for t in report.tests if not t.hidden]
    hidden = [t for t in report.tests if t.hidden]
    assert samples and all("expected" in t.message for t in samples)
    assert hidden and not any("expected" in t.message for t in hidden), hidden
    assert all("differs from the reference by" in t.message for t in hidden)
