"""The ML problem kind, end to end through `judge run` with the local runner, plus its parts:
the NumPy-only policy, shape reading, metrics, and what travels to the sandbox.
"""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from judge.cli import main
from judge.judging import Options
from judge.kind import Prepared
from judge.kinds.ml import tasks
from judge.kinds.ml.adapter import MlKind
from judge.kinds.ml.metrics import matched_fraction
from judge.kinds.ml.policy import policy_for, violation
from judge.kinds.ml.settings import MlSettings, TestArgs
from judge.model import Submission
from judge.problem import load_problem

from .conftest import REPO

ML = REPO / "problems" / "ml"

GOOD_LINEAR = """
import numpy as np

class LinearRegression:
    def __init__(self, learning_rate=0.1, n_iters=500):
        self.learning_rate = learning_rate
        self.n_iters = n_iters

    def fit(self, X, y):
        mean, std = X.mean(axis=0), X.std(axis=0)
        std[std == 0] = 1.0
        Xs = (X - mean) / std
        w = np.zeros(X.shape[1])
        for _ in range(self.n_iters):
            w -= self.learning_rate * Xs.T @ (Xs @ w - (y - y.mean())) / len(y)
        self.coef_ = w / std
        self.intercept_ = y.mean() - mean @ self.coef_
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
"""


class JudgeRun:
    """`judge run FILE --problem P --sandbox local --json`, as a user runs it."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp_path = tmp_path
        self.capsys = capsys

    def __call__(self, code: str, problem: str, *extra: str) -> dict[str, Any]:
        path = self.tmp_path / "solution.py"
        path.write_text(textwrap.dedent(code))
        self.capsys.readouterr()
        status = main(
            ["run", str(path), "--problem", problem, "--sandbox", "local", "--json", *extra]
        )
        report: dict[str, Any] = json.loads(self.capsys.readouterr().out)
        assert status == (0 if report["verdict"] == "AC" else 1)
        return report


@pytest.fixture
def judge_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> JudgeRun:
    return JudgeRun(tmp_path, capsys)


def first_failure(report: dict[str, Any]) -> dict[str, Any]:
    return next(t for t in report["tests"] if t["verdict"] != "AC")


# --- end to end ------------------------------------------------------------------------------


def test_accepted_with_column_predictions(judge_run: JudgeRun) -> None:
    code = GOOD_LINEAR.replace(
        "return X @ self.coef_ + self.intercept_",
        "return (X @ self.coef_ + self.intercept_).reshape(-1, 1)",
    )
    report = judge_run(code, "linear_regression", "--samples")
    assert report["verdict"] == "AC", report
    message = report["tests"][0]["message"]
    assert "R² " in message and "≥ 0.99" in message and "fit " in message and "predict " in message


def test_sklearn_import_is_a_compile_error_naming_what_is_allowed(judge_run: JudgeRun) -> None:
    code = "from sklearn.linear_model import LinearRegression\n"
    report = judge_run(code, "linear_regression", "--samples")
    assert report["verdict"] == "CE" and report["tests"] == []
    assert "scikit-learn" in report["message"]
    assert (
        "only NumPy, torch (without autograd) and the Python standard library" in report["message"]
    )


def test_lstsq_is_refused_in_a_gradient_descent_task(judge_run: JudgeRun) -> None:
    code = """
    import numpy.linalg as la
    import numpy as np

    class LinearRegression:
        def fit(self, X, y):
            A = np.c_[np.ones(len(X)), X]
            self.w = la.lstsq(A, y, rcond=None)[0]
            return self

        def predict(self, X):
            return np.c_[np.ones(len(X)), X] @ self.w
    """
    report = judge_run(code, "linear_regression", "--samples")
    assert report["verdict"] == "CE"
    assert "`la.lstsq` (numpy.linalg.lstsq)" in report["message"]
    assert "gradient descent" in report["message"] and report["message"].startswith("line 8")


def test_dynamic_shortcuts_are_refused_at_run_time(judge_run: JudgeRun) -> None:
    code = """
    import numpy as np

    class LinearRegression:
        def fit(self, X, y):
            solver = getattr(np.linalg, "lst" + "sq")
            self.w = solver(np.c_[np.ones(len(X)), X], y, rcond=None)[0]
            return self

        def predict(self, X):
            return np.c_[np.ones(len(X)), X] @ self.w
    """
    report = judge_run(code, "linear_regression", "--samples")
    assert report["verdict"] == "CE"
    assert "numpy.linalg.lstsq is not allowed" in first_failure(report)["message"]


def test_dynamic_import_of_a_refused_library(judge_run: JudgeRun) -> None:
    code = """
    import importlib

    class LinearRegression:
        def fit(self, X, y):
            importlib.import_module("sk" + "learn")
            return self

        def predict(self, X):
            return X[:, 0]
    """
    report = judge_run(code, "linear_regression", "--samples")
    assert report["verdict"] == "CE"
    assert "import of 'sklearn' is refused" in first_failure(report)["message"]


def test_nan_predictions_get_a_clear_message(judge_run: JudgeRun) -> None:
    code = GOOD_LINEAR.replace("self.learning_rate = learning_rate", "self.learning_rate = 50.0")
    report = judge_run(code, "linear_regression", "--samples")
    assert report["verdict"] == "WA"
    message = first_failure(report)["message"]
    assert "NaN" in message and "diverged" in message and "overflow" in message


def test_changing_the_callers_array_is_reported(judge_run: JudgeRun) -> None:
    code = GOOD_LINEAR.replace(
        "mean, std = X.mean(axis=0), X.std(axis=0)",
        "X -= 0.0; X *= 1.5\n        mean, std = X.mean(axis=0), X.std(axis=0)",
    )
    report = judge_run(code, "linear_regression", "--samples")
    assert report["verdict"] == "WA"
    message = first_failure(report)["message"]
    assert "changed its argument X_train in place" in message


def test_the_same_seed_must_give_the_same_model(judge_run: JudgeRun) -> None:
    folder = ML / "sgd_regressor" / "solutions" / "wrong_answer" / "ignores_random_state.py"
    report = judge_run(folder.read_text(), "sgd_regressor", "--reveal")
    failure = first_failure(report)
    assert failure["verdict"] == "WA" and failure["name"] == "large-seeded-twice"
    assert "two fits with random_state=7 gave different results" in failure["message"]


def test_a_seeded_model_passes_the_determinism_check(judge_run: JudgeRun) -> None:
    folder = ML / "sgd_regressor" / "solutions" / "accepted" / "minibatch.py"
    report = judge_run(folder.read_text(), "sgd_regressor")
    assert report["verdict"] == "AC", first_failure(report)


def test_metric_message_shows_the_value_and_the_threshold(judge_run: JudgeRun) -> None:
    code = GOOD_LINEAR.replace("n_iters=500", "n_iters=2")
    report = judge_run(code, "linear_regression", "--samples")
    message = first_failure(report)["message"]
    assert report["verdict"] == "WA"
    assert "R² 0." in message and ", needs ≥ 0.99" in message and "RMSE" in message
    assert "fit " in message and "predict " in message


def test_wrong_shape_is_named(judge_run: JudgeRun) -> None:
    code = GOOD_LINEAR.replace(
        "return X @ self.coef_ + self.intercept_",
        "return np.column_stack([X @ self.coef_ + self.intercept_] * 3)",
    )
    report = judge_run(code, "linear_regression", "--samples")
    message = first_failure(report)["message"]
    assert "predict(X_test) returned shape (50, 3); expected (50,) or (50, 1)" in message


def test_fit_must_return_self(judge_run: JudgeRun) -> None:
    code = GOOD_LINEAR.replace("        return self\n", "        return None\n", 1)
    report = judge_run(code, "linear_regression", "--samples")
    assert "must return self (the model), not NoneType" in first_failure(report)["message"]


def test_missing_class_crash_and_timeout(judge_run: JudgeRun) -> None:
    report = judge_run("import numpy as np\n", "linear_regression", "--samples")
    assert report["verdict"] == "CE" and "must define class LinearRegression" in report["message"]

    crash = GOOD_LINEAR.replace("w = np.zeros(X.shape[1])", "w = np.zeros(X.shape[1]) + {}['x']")
    report = judge_run(crash, "linear_regression", "--samples")
    assert report["verdict"] == "RTE" and "KeyError" in first_failure(report)["message"]

    slow = GOOD_LINEAR.replace("return self", "while True:\n            pass")
    report = judge_run(slow, "linear_regression", "--samples")
    assert report["verdict"] == "TLE"
    assert "time limit exceeded (CPU" in first_failure(report)["message"]


def test_functions_task_accepts_mixed_shapes(judge_run: JudgeRun) -> None:
    accepted = ML / "regression_metrics" / "solutions" / "accepted" / "vectorised.py"
    report = judge_run(accepted.read_text(), "regression_metrics", "--samples")
    assert report["verdict"] == "AC"
    assert "r2_score 0." in report["tests"][1]["message"]


# --- what goes to the sandbox ---------------------------------------------------------------


def test_only_inputs_travel_to_the_harness() -> None:
    problem = load_problem(ML / "linear_regression")
    prepared = MlKind().prepare(
        problem, Submission(GOOD_LINEAR, "python"), list(problem.tests), Options()
    )
    assert isinstance(prepared, Prepared) and prepared.job.kind == "ml"
    job = prepared.job
    for test in job.payload["tests"]:
        assert set(test["input"]["arrays"]) <= {"X_train", "y_train", "X_test"}
    assert "y_test" not in json.dumps(job.payload)


# --- the policy, from the syntax tree --------------------------------------------------------

GD = policy_for(gradient_descent=True)
FREE = policy_for(gradient_descent=False)


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("import numpy as np\nnp.linalg.lstsq(A, b)", "np.linalg.lstsq"),
        ("import numpy.linalg as la\nla.pinv(A)", "la.pinv"),
        ("from numpy.linalg import lstsq\n", "numpy.linalg.lstsq"),
        ("from numpy.linalg import solve as s\ns(A, b)", "numpy.linalg.solve"),
        ("from numpy import linalg as L\nL.inv(A)", "L.inv"),
        ("import numpy\nnumpy.polyfit(x, y, 1)", "numpy.polyfit"),
        ("from numpy import *\nw = polyfit(x, y, 1)", "polyfit"),
        ("import numpy as np\nnp.linalg.linalg.inv(A)", "np.linalg.linalg.inv"),
        ("import numpy as np\nf = getattr(np.linalg, 'svd')", "getattr(np.linalg, 'svd')"),
        ("import numpy as np\ndef fit():\n    return np.linalg.qr(A)", "np.linalg.qr"),
    ],
)
def test_closed_form_solvers_are_found_through_aliases(code: str, shown: str) -> None:
    message = violation(code, GD)
    assert f"`{shown}`" in message, message
    assert violation(code, FREE) == ""


@pytest.mark.parametrize(
    "code",
    [
        "import numpy as np\nnp.linalg.norm(x)\nnp.linalg.eigvalsh(A)",
        "def solve(a, b):\n    return a\nsolve(1, 2)",
        "from numpy import *\nmat = zeros(3)\nprint(mat)",
        "import math, collections, itertools\nfrom functools import reduce",
    ],
)
def test_ordinary_code_passes(code: str) -> None:
    assert violation(code, GD) == ""


@pytest.mark.parametrize(
    ("code", "library"),
    [
        ("import functorch", "functorch"),
        ("from scipy import optimize", "SciPy"),
        ("import tensorflow as tf", "TensorFlow"),
        ("m = __import__('sklearn')", "scikit-learn"),
        ("import pandas as pd", "pandas"),
    ],
)
def test_other_libraries_are_refused(code: str, library: str) -> None:
    message = violation(code, FREE)
    assert library in message and "line 1" in message


def test_syntax_errors_are_left_to_the_harness() -> None:
    assert violation("def broken(:\n", GD) == ""


# --- reading outputs and metrics -------------------------------------------------------------


def _regressor() -> tuple[MlSettings, TestArgs, dict[str, np.ndarray]]:
    settings = MlSettings(task="regressor")
    data = {
        "X_train": np.zeros((4, 2)),
        "y_train": np.zeros(4),
        "X_test": np.zeros((3, 2)),
        "y_test": np.zeros(3),
    }
    return settings, TestArgs(dataset={}), data


def test_vectors_may_be_columns_but_not_tables() -> None:
    settings, args, data = _regressor()
    out = tasks.read(settings, args, data, {"pred": np.ones((3, 1))})
    assert out["pred"].shape == (3,)
    with pytest.raises(tasks.Mistake, match=r"shape \(3, 2\); expected \(3,\) or \(3, 1\)"):
        tasks.read(settings, args, data, {"pred": np.ones((3, 2))})
    with pytest.raises(tasks.Mistake, match="NaN in 1 of 3 values") as err:
        tasks.read(settings, args, data, {"pred": np.array([1.0, np.nan, 2.0])})
    assert err.value.kind == "nonfinite"
    with pytest.raises(tasks.Mistake, match="returned None"):
        tasks.read(settings, args, data, {"pred": None})


def test_labels_match_up_to_renaming() -> None:
    true = np.array([0, 0, 1, 1, 2, 2])
    assert matched_fraction(np.array([5, 5, 3, 3, 9, 9]), true) == 1.0
    assert matched_fraction(np.array([1, 1, 1, 0, 2, 2]), true) == pytest.approx(5 / 6)
    assert matched_fraction(np.zeros(6, dtype=int), true) == pytest.approx(2 / 6)


# --- verify ----------------------------------------------------------------------------------


def test_verify_reports_broken_ml_tests(tmp_path: Path) -> None:
    folder = tmp_path / "ml" / "linear_regression"
    shutil.copytree(ML / "linear_regression", folder, ignore=shutil.ignore_patterns("solutions"))
    samples = json.loads((folder / "tests" / "samples.json").read_text())
    samples[0]["expected"] = [{"metric": "accuracy_score", "min": 0.5}]
    (folder / "tests" / "samples.json").write_text(json.dumps(samples))
    (folder / "dataset.py").write_text(
        (folder / "dataset.py")
        .read_text()
        .replace('rng = np.random.default_rng(spec["seed"])', "rng = np.random.default_rng()")
    )
    errors = MlKind().verify(load_problem(folder))
    assert any("unknown metric 'accuracy_score'" in e for e in errors), errors
    assert any("different data on two calls" in e for e in errors), errors
