"""Feedback values as people read them: Python literals with parameter names, ML in words."""

from __future__ import annotations

from judge.catalog import catalog
from judge.model import Problem
from judge.pretty import call_input, literal, ml_input, ml_measured, ml_needs, shown

from .test_cli import TWO_SUM, judge


def test_python_inputs_take_the_starters_parameter_names(two_sum: Problem) -> None:
    assert call_input(two_sum, [[5, 5], 10]) == "nums = [5, 5], target = 10"
    assert literal([None, True, False, "a"]) == "[None, True, False, 'a']"
    assert shown(two_sum, "your answer", None) == "None"
    design = catalog().load("min_stack")
    assert call_input(design, [["MinStack", "push", "getMin"], [[], [-2], []]]) == (
        "MinStack(), push(-2), getMin()"
    )


def test_ml_specs_and_scores_in_words() -> None:
    spec = {
        "dataset": {"seed": 1, "n_train": 100, "n_test": 50, "n_features": 2, "classes": 2},
        "init": {"k": 3},
    }
    assert ml_input(spec) == (
        "a dataset of 100 training and 50 test rows, 2 features, 2 classes (seed 1); "
        "the model made with k=3"
    )
    needs = [
        {"metric": "accuracy", "min": 0.8},
        {"metric": "rel_error", "output": "coef_", "max": 1e-06},
    ]
    assert ml_needs(needs) == "accuracy ≥ 0.8; relative error of coef_ ≤ 1e-06"
    scored = {"metrics": {"r2": 0.912345678}, "fit_time": 0.00026026599994111166}
    assert ml_measured(scored) == "r2 0.9123; fit 0.26 ms"


def test_cli_failure_view_reads_as_python_and_ml_in_sentences() -> None:
    out = judge(
        "run", str(TWO_SUM / "solutions" / "wrong_answer" / "values_not_indices.py"),
        "--problem", "two_sum", "--sandbox", "local",
    )  # fmt: skip
    assert out.returncode == 1
    assert "input:    nums = [3, 8, 11, 4], target = 12" in out.stdout
    knn = catalog().folders["knn_classifier"] / "solutions" / "wrong_answer"
    wrong = sorted(knn.glob("*.py"))[0]
    out = judge("run", str(wrong), "--problem", "knn_classifier", "--sandbox", "local")
    text = " ".join(out.stdout.split())
    assert "expected: accuracy ≥ 0.8" in text
    assert "training and 50 test rows" in text
    assert '"metric"' not in text and "fit_time" not in text
