"""The `[ml]` table of problem.toml and the shape of an ML test, read strictly.

    [ml]
    task = "regressor"          # regressor | classifier | clusterer | transformer
                                # | functions | network (see judge.kinds.ml.tasks)
    gradient_descent = true     # refuse closed-form solvers (numpy.linalg.lstsq, ...)
    refuse = []                 # more dotted names to refuse, e.g. "numpy.linalg.eigh"
    attributes = ["coef_"]      # read after fit and shape-checked
    proba = "binary"            # none | binary | multiclass: whether predict_proba is judged
    functions = ["r2_score"]    # functions tasks: what the submission defines
    inputs = ["y_true", "y_pred"]  # functions tasks: the arrays each function gets
    hint = "..."                # added to the message when a metric falls short

A test is {"name", "args": {"dataset": {...spec for dataset.py...}, "init": {constructor
keyword arguments}, "twice": fit twice and compare, "mode": "fit" | "gradients"},
"expected": [{"metric": "r2", "min": 0.95}, ...]}.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from judge.model import MlConfig, MlTask, Problem, TestCase
from judge.problem import ProblemError

# The [ml] table, read and checked when the problem is loaded (judge.problem).
MlSettings = MlConfig
TaskName = MlTask


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TestArgs(_Strict):
    dataset: dict[str, Any]
    init: dict[str, Any] = {}
    twice: bool = False
    mode: Literal["fit", "gradients"] = "fit"

    __test__ = False  # not a pytest class


class Check(_Strict):
    metric: str
    min: float | None = None
    max: float | None = None
    output: str | None = None  # which output the metric reads, where it takes one
    reference: str | None = None  # which dataset array it compares with


def _errors(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()
    )


def settings_of(problem: Problem) -> MlSettings:
    if not isinstance(problem.settings, MlConfig):
        raise ValueError(f"problem {problem.slug!r} is a {problem.kind} problem, not ML")
    return problem.settings


def args_of(problem: Problem, test: TestCase) -> TestArgs:
    try:
        return TestArgs.model_validate(test.args)
    except ValidationError as exc:
        raise ProblemError(
            f"{problem.path / 'tests'}: problem {problem.slug!r}: test {test.name!r} args: "
            f"{_errors(exc)}"
        ) from None


def checks_of(problem: Problem, test: TestCase) -> list[Check]:
    where = f"{problem.path / 'tests'}: problem {problem.slug!r}: test {test.name!r} expected"
    if not isinstance(test.expected, list) or not test.expected:
        raise ProblemError(f"{where}: must be a non-empty list of checks")
    try:
        checks = [Check.model_validate(item) for item in test.expected]
    except ValidationError as exc:
        raise ProblemError(f"{where}: {_errors(exc)}") from None
    for check in checks:
        if check.min is None and check.max is None:
            raise ProblemError(f"{where}: check {check.metric!r} needs a min or a max")
    return checks
