"""Custom input: your code on your own arguments beside the reference solution's answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.custom import CustomInputError, cases_of, run_custom
from judge.model import Problem, Submission, Verdict
from judge.nesting import MAX_DEPTH
from judge.runners.local import LocalRunner

from .conftest import REPO
from .test_cli import judge

TWO_SUM = REPO / "problems" / "python" / "two_sum"
PRINTS = "def two_sum(nums, target):\n    print('looking at', nums)\n    return [1, 0]\n"


def test_cli_case_shows_the_answer_beside_the_reference(tmp_path: Path) -> None:
    code = tmp_path / "mine.py"
    code.write_text(PRINTS)
    out = judge(
        "run", str(code), "--problem", "two_sum", "--sandbox", "local",
        "--case", "[[5, 5], 10]", "--case", "[[3, 2, 4], 6]",
    )  # fmt: skip
    assert out.returncode == 1, out.stderr
    text = " ".join(out.stdout.split())
    assert "input: nums = [5, 5], target = 10" in text
    assert "AC same as the reference" in text  # [1, 0] and [0, 1] agree in any order
    assert "output: [1, 0] reference: [1, 2]" in text
    assert "WA differs from the reference" in text
    assert "looking at [5, 5]" in text  # what it printed
    assert "hidden" not in text


def test_cli_case_json_report_carries_the_reference_answers() -> None:
    out = judge(
        "run", str(TWO_SUM / "solutions" / "accepted" / "hash_map.py"), "--problem", "two_sum",
        "--sandbox", "local", "--json", "--case", "[[5, 5], 10]",
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["verdict"] == "AC"
    [case] = report["tests"]
    assert (case["name"], case["input"], case["expected"], case["actual"]) == (
        "case-1", [[5, 5], 10], [0, 1], [0, 1],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--problem", "two_sum", "--case", "[[5, 5]]"], "takes 2 arguments (nums, target)"),
        (["--problem", "two_sum", "--case", "[5, 5"], "is not JSON"),
        (["--problem", "two_sum", "--case", "{}"], "a JSON list of arguments"),
        (["--problem", "knn_classifier", "--case", "[1]"], "Python problems only"),
    ],
)
def test_cli_case_usage_errors(args: list[str], words: str) -> None:
    out = judge("run", str(TWO_SUM / "starter.py"), "--sandbox", "local", *args)
    assert out.returncode == 2
    assert words in out.stderr


def test_cli_case_on_a_sql_problem_is_a_usage_error() -> None:
    query = REPO / "problems" / "sql" / "rank_scores" / "solutions" / "accepted" / "reference.sql"
    out = judge("run", str(query), "--problem", "rank_scores", "--case", "[1]")
    assert out.returncode == 2
    assert "custom input is supported for Python problems only" in out.stderr


def test_design_cases_and_an_input_the_reference_refuses(two_sum: Problem) -> None:
    from judge.catalog import catalog

    min_stack = catalog().load("min_stack")
    code = (min_stack.path / "solutions" / "accepted" / "pairs.py").read_text()
    cases = cases_of(
        min_stack,
        ['[["MinStack", "push", "getMin"], [[], [3], []]]', '[["MinStack", "pop"], [[], []]]'],
    )
    report, reference = run_custom(min_stack, Submission(code, "python"), cases, LocalRunner())
    assert reference.path.parent.name == "accepted"
    first, second = report.tests
    assert (first.verdict, first.actual, first.expected) == (
        Verdict.AC,
        [None, None, 3],
        [None, None, 3],
    )
    assert second.verdict is Verdict.RTE
    assert "not compared: the reference solution got Runtime Error" in second.message
    with pytest.raises(CustomInputError, match="operations, arguments"):
        cases_of(min_stack, ['[["MinStack", "nope"], [[], []]]'])
    with pytest.raises(CustomInputError, match="at most"):
        cases_of(two_sum, ["[[1], 1]"] * 11)


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 995, 5_000])
def test_a_case_nested_too_deeply_is_refused(two_sum: Problem, levels: int) -> None:
    text = "[" * levels + "]" * levels  # beyond about 990, json.loads gives up (RecursionError)
    with pytest.raises(CustomInputError, match="nested more than"):
        cases_of(two_sum, [f"[{text}, 1]"])
    value: list[object] = []
    for _ in range(levels):
        value = [value]
    with pytest.raises(CustomInputError, match="nested more than"):
        cases_of(two_sum, [[value, 1]])
    assert cases_of(two_sum, [[[[1, 2]], 3]]) == [[[[1, 2]], 3]]


def test_cli_case_nested_too_deeply_is_a_usage_error() -> None:
    case = "[" + "[" * 995 + "]" * 995 + ", 1]"
    starter = str(TWO_SUM / "starter.py")
    out = judge("run", starter, "--problem", "two_sum", "--sandbox", "local", "--case", case)
    assert out.returncode == 2, out.stderr
    assert "nested more than" in out.stderr and "Traceback" not in out.stderr
