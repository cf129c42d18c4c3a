"""An answer nested deeper than the host's bound is a wrong answer, and nothing on the host
recurses over it: not the checker, the report, the JSON output or the terminal table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from judge import render
from judge.catalog import catalog
from judge.judging import judge as judge_submission
from judge.model import Submission, Verdict
from judge.nesting import MAX_DEPTH, TOO_DEEP, deeper_than
from judge.problem import load_problem
from judge.report import to_json
from judge.runners import LocalRunner

from .test_cli import TWO_SUM, judge

# A submission runs in its worker's process: it lifts the worker's own cap (200 levels) by
# replacing the worker's conversion, then returns a list nested DEPTH levels deep.
PATCHED_WORKER = """# problem: two_sum
import sys

sys.modules["judge_worker_python"]._plain = lambda value, kind: value
DEPTH = {depth}


def two_sum(nums, target):
    value = []
    for _ in range(DEPTH - 1):
        value = [value]
    return value
"""


def nested(levels: int) -> list[object]:
    value: list[object] = []
    for _ in range(levels - 1):
        value = [value]
    return value


def test_deeper_than_counts_container_levels() -> None:
    assert not deeper_than(5, 0) and not deeper_than("abc", 0) and not deeper_than(None, 0)
    assert deeper_than([], 0) and not deeper_than([], 1)
    assert not deeper_than([1, "ab", [2, {"k": [3]}]], 4)
    assert deeper_than([1, "ab", [2, {"k": [3]}]], 3)
    assert deeper_than(({"k": ((),)},), 3) and not deeper_than(({"k": ((),)},), 4)
    assert not deeper_than(nested(MAX_DEPTH)) and deeper_than(nested(MAX_DEPTH + 1))
    assert deeper_than(nested(50_000))  # iterative: any depth
    # Wide is not deep: a flat list of a million numbers, and many small lists.
    assert not deeper_than(list(range(1_000_000)), 1)
    assert not deeper_than([[i, [i]] for i in range(100_000)], 3)


def test_the_bound_lets_every_answer_the_worker_sends_through() -> None:
    # The worker refuses a value whose innermost item sits more than 200 levels down, and
    # a class design's results add one level around the values.
    assert not deeper_than([nested(201)])
    assert MAX_DEPTH >= 202


@pytest.mark.parametrize("depth", [300, 800, 5000])
def test_a_deep_answer_is_a_wrong_answer_with_a_report(depth: int) -> None:
    problem = load_problem(TWO_SUM)
    code = PATCHED_WORKER.format(depth=depth)
    report = judge_submission(problem, Submission(code, "python"), LocalRunner())
    first = report.tests[0]
    assert report.verdict is Verdict.WA
    assert first.verdict is Verdict.WA and first.actual is None
    if depth < 900:  # deeper, json.loads on the host gives up first: the value cannot be read
        assert first.message == TOO_DEEP
    json.dumps(to_json(report))
    console = Console(record=True, width=100)
    render.report(console, report, problem=problem)
    assert "Wrong Answer (WA)" in console.export_text()


# A pandas answer: its worker holds a cell to 20 levels; the submission lifts that too, and
# the table it returns carries a cell 500 deep in the event itself (not a coded string).
PATCHED_PANDAS_WORKER = """
import sys
import pandas as pd

sys.modules["judge_worker_pandas"].MAX_DEPTH = 10**6


def rank_scores(scores: pd.DataFrame) -> pd.DataFrame:
    cell = []
    for _ in range(500):
        cell = [cell]
    return pd.DataFrame({"score": [cell] * len(scores), "rank": [1] * len(scores)})
"""


def test_a_table_holding_a_deep_cell_is_a_wrong_answer() -> None:
    problem = catalog().load("rank_scores")
    report = judge_submission(problem, Submission(PATCHED_PANDAS_WORKER, "python"), LocalRunner())
    first = report.tests[0]
    assert report.verdict is Verdict.WA
    assert (first.verdict, first.message, first.actual) == (Verdict.WA, TOO_DEEP, None)
    json.dumps(to_json(report))


@pytest.mark.parametrize("sandbox", ["local", "docker"])
def test_the_cli_reports_a_deep_answer(tmp_path: Path, sandbox: str) -> None:
    """The red team's case: `judge run` died with RecursionError, with no report."""
    sol = tmp_path / "deep.py"
    sol.write_text(PATCHED_WORKER.format(depth=500))
    out = judge("run", str(sol), "--sandbox", sandbox, "--json")
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    report = json.loads(out.stdout)
    assert report["verdict"] == "WA" and report["runner"] == sandbox
    assert report["tests"][0]["message"] == TOO_DEEP and report["tests"][0]["actual"] is None
    out = judge("run", str(sol), "--sandbox", sandbox)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    assert "Wrong Answer" in out.stdout and TOO_DEEP in out.stdout
