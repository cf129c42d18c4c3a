"""Gradient-descent tasks judged by what `fit` does, end to end through `judge()` with the
local runner: a closed-form answer is a Wrong Answer that says why, whatever route it takes,
and the roundabout ways to reach NumPy's solvers are Compile Errors.
"""

from __future__ import annotations

import textwrap

import pytest

from judge import model
from judge.judging import judge
from judge.kinds.ml import tasks
from judge.kinds.ml.policy import policy_for, violation
from judge.kinds.ml.settings import TestArgs, settings_of
from judge.kinds.ml.torch_policy import uses_torch
from judge.model import Report, Submission, Verdict
from judge.problem import load_problem
from judge.runners.base import Runner
from judge.runners.local import LocalRunner

from .conftest import REPO

ML = REPO / "problems" / "ml"
GD_TASKS = ("linear_regression", "sgd_regressor", "logistic_regression", "softmax_regression")
STEP_TEST = "descends-step-by-step"
NOT_CLOSED_FORM = "this task asks for gradient descent, not a closed-form solve"

# The normal equations solved by hand: no np.linalg, so only the behaviour test can tell.
CLOSED_FORM = """
import numpy as np

def solve(A, b):
    A, b = A.astype(float).copy(), b.astype(float).copy()
    n = len(b)
    for c in range(n):
        p = c + int(np.argmax(np.abs(A[c:, c])))
        A[[c, p]], b[[c, p]] = A[[p, c]], b[[p, c]]
        f = A[c + 1 :, c] / A[c, c]
        A[c + 1 :] -= f[:, None] * A[c]
        b[c + 1 :] -= f * b[c]
    x = np.zeros(n)
    for r in range(n - 1, -1, -1):
        x[r] = (b[r] - A[r, r + 1 :] @ x[r + 1 :]) / A[r, r]
    return x

class {name}:
    def __init__(self, learning_rate=0.1, n_iters=1000, n_epochs=50, batch_size=32,
                 random_state=None):
        self.n_iters = n_iters

    def fit(self, X, y):
        A = np.c_[np.ones(len(X)), X]
        w = solve(A.T @ A + 1e-9 * np.eye(A.shape[1]), A.T @ y)
        self.intercept_, self.coef_ = float(w[0]), w[1:]
        return self

    def predict(self, X):
        return X @ self.coef_ + self.intercept_
"""

# Takes no step when asked for none, and jumps to the optimum otherwise.
GATED = CLOSED_FORM.replace(
    "        A = np.c_[np.ones(len(X)), X]\n",
    "        if self.n_iters == 0:\n"
    "            self.intercept_, self.coef_ = 0.0, np.zeros(X.shape[1])\n"
    "            return self\n"
    "        A = np.c_[np.ones(len(X)), X]\n",
)

# Trains for a fixed number of steps whatever n_iters says.
IGNORES_N_ITERS = """
import numpy as np

class LogisticRegression:
    def __init__(self, learning_rate=0.1, n_iters=1000):
        self.learning_rate = learning_rate

    def fit(self, X, y):
        self.mean, self.std = X.mean(axis=0), X.std(axis=0) + 1e-12
        Xs = (X - self.mean) / self.std
        self.w, self.b = np.zeros(X.shape[1]), 0.0
        for _ in range(1000):
            p = 0.5 * (1 + np.tanh(0.5 * (Xs @ self.w + self.b)))
            self.w -= self.learning_rate * Xs.T @ (p - y) / len(y)
            self.b -= self.learning_rate * float(np.mean(p - y))
        return self

    def predict_proba(self, X):
        return 0.5 * (1 + np.tanh(0.5 * (((X - self.mean) / self.std) @ self.w + self.b)))

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(int)
"""


def run(slug: str, code: str, runner: Runner | None = None) -> Report:
    problem = load_problem(ML / slug)
    return judge(problem, Submission(textwrap.dedent(code), "python"), runner or LocalRunner())


def _step_index(report: Report) -> int:
    """Where the step test sits (reports name hidden tests by number, in the folder's order)."""
    names = [t.name for t in load_problem(ML / report.problem).tests]
    assert len(names) == len(report.tests)
    return names.index(STEP_TEST)


def step_test(report: Report) -> model.TestResult:
    return report.tests[_step_index(report)]


def others(report: Report) -> set[Verdict]:
    """The verdicts of the tests that do not watch the descent itself."""
    names = [t.name for t in load_problem(ML / report.problem).tests]
    watching = (STEP_TEST, "strong-directions-first")
    return {t.verdict for t, n in zip(report.tests, names, strict=True) if n not in watching}


# --- end to end ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "name", "steps"),
    [
        ("linear_regression", "LinearRegression", "n_iters"),
        ("sgd_regressor", "SGDRegressor", "n_epochs"),
    ],
)
def test_a_closed_form_answer_is_a_wrong_answer_that_says_why(
    slug: str, name: str, steps: str
) -> None:
    report = run(slug, CLOSED_FORM.replace("{name}", name))
    assert report.verdict is Verdict.WA, report
    assert others(report) == {Verdict.AC}  # accurate everywhere else: only behaviour tells
    message = step_test(report).message
    assert f"with {steps}=0 the model already fits the data: {NOT_CLOSED_FORM}" in message
    assert "is already at the optimum" in message
    assert "the training loss did not fall" in message


def test_a_closed_form_kept_for_nonzero_steps_is_still_caught() -> None:
    report = run("linear_regression", GATED.replace("{name}", "LinearRegression"))
    assert report.verdict is Verdict.WA
    message = step_test(report).message
    assert "already fits the data" not in message  # n_iters=0 really took no step
    assert f"with n_iters=2 the model is already at the optimum: {NOT_CLOSED_FORM}" in message
    assert "did not fall from n_iters=2 to n_iters=8" in message


def test_a_classifier_that_ignores_n_iters_fails_the_step_test() -> None:
    report = run("logistic_regression", IGNORES_N_ITERS)
    assert report.verdict is Verdict.WA
    assert others(report) == {Verdict.AC}
    message = step_test(report).message
    assert f"with n_iters=0 the model already fits the data: {NOT_CLOSED_FORM}" in message
    assert "training log-loss with n_iters=0" in message


@pytest.mark.parametrize("slug", GD_TASKS)
def test_accepted_gradient_descent_passes_the_step_test(slug: str, docker_runner: Runner) -> None:
    for path in sorted((ML / slug / "solutions" / "accepted").glob("*.py")):
        code = path.read_text()
        # Torch answers run where torch is: the Docker sandbox (this host may lack it).
        report = run(slug, code, docker_runner if uses_torch(code) else None)
        assert report.verdict is Verdict.AC, (path.name, report)
        assert "smallest fall" in step_test(report).message


@pytest.mark.parametrize(
    ("solution", "said"),
    [
        ("lstsq_via_module_dict.py", "`np.linalg.linalg.__dict__` is refused"),
        ("lstsq_via_sys_modules.py", "`sys.modules` is refused"),
        ("lstsq_via_dynamic_import.py", "with a module name built at run time is refused"),
        ("solve_via_private_lapack_module.py", "NumPy's private modules and names"),
    ],
)
def test_roundabout_lstsq_is_a_compile_error(solution: str, said: str) -> None:
    path = ML / "linear_regression" / "solutions" / "compile_error" / solution
    report = run("linear_regression", path.read_text())
    assert report.verdict is Verdict.CE and report.tests == ()
    assert said in report.message and "gradient descent" in report.message


def test_solvers_under_numpys_inner_module_are_blocked_at_run_time() -> None:
    code = """
    import numpy as np

    class LinearRegression:
        def fit(self, X, y):
            solve = getattr(getattr(np.linalg, "_lin" + "alg"), "lst" + "sq")
            self.w = solve(np.c_[np.ones(len(X)), X], y, rcond=None)[0]
            return self

        def predict(self, X):
            return np.c_[np.ones(len(X)), X] @ self.w
    """
    if not hasattr(__import__("numpy").linalg, "_linalg"):
        pytest.skip("this NumPy keeps linalg in numpy.linalg.linalg")
    report = run("linear_regression", code)
    assert report.verdict is Verdict.CE
    failed = next(t for t in report.tests if t.verdict is not Verdict.AC)
    assert "numpy.linalg._linalg.lstsq is not allowed" in failed.message


def test_a_closed_form_dressed_as_a_descent_fails_the_correlated_features_test() -> None:
    # The optimum scaled by 1 - (1 - lr)**k passes the first step test (nothing fitted at
    # 0 steps, short of the optimum after 2, a loss that falls): it comes equally close
    # along every direction, where gradient descent closes in along strong ones first.
    path = ML / "linear_regression" / "solutions" / "wrong_answer"
    code = (path / "closed_form_with_a_descent_schedule.py").read_text()
    report = run("linear_regression", code)
    failed = [t for t in report.tests if t.verdict is not Verdict.AC]
    assert report.verdict is Verdict.WA and len(failed) == 1, failed
    assert "closes in along strong directions first" in failed[0].message


def test_numpys_private_lapack_solvers_are_blocked_at_run_time() -> None:
    # numpy.linalg._umath_linalg holds the LAPACK gufuncs behind solve, lstsq, inv, svd...
    # (their names differ between NumPy versions); reached by a name built at run time, the
    # syntax check cannot see it, and the worker blocks them by prefix.
    code = """
    import numpy as np

    class LinearRegression:
        def fit(self, X, y):
            lapack = getattr(np.linalg, "_umath" + "_linalg")
            A = np.c_[np.ones(len(X)), X]
            self.w = lapack.solve(A.T @ A, (A.T @ y)[:, None])[:, 0]
            return self

        def predict(self, X):
            return np.c_[np.ones(len(X)), X] @ self.w
    """
    report = run("linear_regression", code)
    assert report.verdict is Verdict.CE
    failed = next(t for t in report.tests if t.verdict is not Verdict.AC)
    assert "numpy.linalg._umath_linalg.solve is not allowed" in failed.message


# --- the parts -------------------------------------------------------------------------------

GD = policy_for(gradient_descent=True)
FREE = policy_for(gradient_descent=False)


def test_forbidden_calls_cover_numpys_inner_modules() -> None:
    for name in ("lstsq", "pinv", "solve", "inv", "svd"):
        for module in ("numpy.linalg", "numpy.linalg.linalg", "numpy.linalg._linalg"):
            assert f"{module}.{name}" in GD.refused
    assert "numpy.lib.polynomial.polyfit" in GD.refused
    assert not any(name.startswith("numpy.linalg") for name in FREE.refused)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("import numpy as np\nf = vars(np.linalg)['lstsq']", "`vars(np.linalg)`"),
        ("from numpy import linalg as L\nf = L.__dict__['inv']", "`L.__dict__`"),
        ("import sys\nnp = sys.modules['numpy']", "`sys.modules`"),
        ("from sys import modules\nm = modules['numpy']", "`sys.modules`"),
        ("import importlib, numpy\nimportlib.reload(numpy)", "`importlib.reload`"),
        ("import importlib.util as u\nu.find_spec('numpy')", "`importlib.util` is refused"),
        ("n = 'linalg'\nm = __import__('numpy.' + n)", "`__import__(...)` with a module name"),
        ("import numpy as np\nf = np.linalg._umath_linalg.solve", "NumPy's private modules"),
        ("from numpy.core import _multiarray_umath", "NumPy's private modules"),
        ("import importlib\nimportlib.import_module('numpy.linalg._umath_linalg')", "private"),
    ],
)
def test_roundabout_routes_are_refused_in_gradient_descent_tasks(code: str, said: str) -> None:
    message = violation(code, GD)
    assert said in message and "gradient descent" in message, message
    assert violation(code, FREE) == ""


@pytest.mark.parametrize(
    "code",
    [
        "import importlib\nm = importlib.import_module('sk' + 'learn')",  # left to run time
        "class A:\n    pass\nprint(A().__dict__)",
        "import numpy as np\nf = getattr(np, 'mean')\nx = np.linalg.norm([1.0])",
    ],
)
def test_ordinary_dynamic_code_is_left_alone(code: str) -> None:
    assert violation(code, GD) == ""


@pytest.mark.parametrize("slug", GD_TASKS)
def test_shipped_solutions_other_than_compile_errors_pass_the_policy(slug: str) -> None:
    for path in (ML / slug / "solutions").glob("*/*.py"):
        if path.parent.name != "compile_error":
            assert violation(path.read_text(), GD) == "", path


def test_a_sweep_fits_once_per_value_and_sends_no_test_targets() -> None:
    problem = load_problem(ML / "linear_regression")
    settings = settings_of(problem)
    args = TestArgs.model_validate(
        {"dataset": {"seed": 1}, "init": {"learning_rate": 0.1, "n_iters": [0, 2, 8]}}
    )
    steps = tasks.steps(settings, args)
    assert [s["kwargs"] for s in steps if s["op"] == "new"] == [
        {"learning_rate": 0.1, "n_iters": n} for n in (0, 2, 8)
    ]
    assert [s.get("out") for s in steps if s.get("method") == "predict"] == [
        "train_pred@0",
        "train_pred@1",
        "train_pred@2",
    ]
    assert tasks.required_arrays(settings, args) == ["X_train", "y_train"]
