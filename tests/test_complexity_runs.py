"""Empirical complexity of real submissions, locally and in Docker: two_sum's quadratic and
linear solutions, three_sum's O(n^2) and O(n^3), sliding-window maximum's O(n) and O(n·k).

Timings on a loaded machine are noisy, so only classes with room are asserted: a good
solution grows like n^1 to n^1.35 (a log factor and cache effects included) or its stated
power, a too-slow one at least 0.6 above. Every ladder stops within its budget.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from judge.catalog import catalog
from judge.model import Submission
from judge.problem import load_problem
from judge.runners.local import LocalRunner
from judge.scaling import NotMeasurable, analysis, analyze, measure, unavailable

from .conftest import FIXTURES, JUDGE, REPO

PAIRS = [
    ("two_sum", "accepted/hash_map.py", "time_limit_exceeded/brute_force.py", 1.0),
    ("three_sum", "accepted/two_pointers.py", "time_limit_exceeded/brute_force.py", 2.0),
    (
        "sliding_window_maximum",
        "accepted/monotonic_deque.py",
        "time_limit_exceeded/max_of_each_window.py",
        1.0,
    ),
]


def _exponent(slug: str, name: str, runner) -> float:
    problem = catalog().load(slug)
    path = problem.path / "solutions" / name
    found = analysis(measure(problem, Submission(path.read_text(), "python"), runner))
    assert found.time is not None, found.ladder
    assert not found.ladder.failure
    return found.time.exponent


def _told_apart(runner) -> None:
    for slug, good, slow, k in PAIRS:
        fast_k = _exponent(slug, good, runner)
        slow_k = _exponent(slug, slow, runner)
        assert k - 0.15 < fast_k < k + 0.35, (slug, good, fast_k)
        assert slow_k > fast_k + 0.6, (slug, slow, slow_k, fast_k)


def test_told_apart_locally() -> None:
    _told_apart(LocalRunner())


def test_told_apart_in_docker(docker_runner) -> None:
    _told_apart(docker_runner)


def test_a_wrong_answer_on_the_ladder_is_not_measured() -> None:
    problem = catalog().load("two_sum")
    wrong = "def two_sum(nums, target):\n    return [0, 1]\n"
    found = analyze(problem, Submission(wrong, "python"), LocalRunner())
    assert found.mine.time is None
    assert "Wrong Answer at n = " in found.mine.ladder.failure
    assert found.reference is not None and found.reference.time is not None


def test_a_problem_without_the_hook_says_so() -> None:
    problem = load_problem(FIXTURES / "basic" / "sum_pairs")  # every problem in problems/ has one
    assert "scaled(n, seed)" in unavailable(problem)
    with pytest.raises(NotMeasurable):
        measure(problem, Submission("def sum_and_sort(a): return a", "python"), LocalRunner())


ENV = {**os.environ, "JUDGE_PROBLEMS": os.pathsep.join([str(REPO / "problems"), str(FIXTURES)])}


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*JUDGE, *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )


def test_cli_json_carries_the_complexity_object() -> None:
    path = REPO / "problems/python/sliding_window_maximum/solutions/time_limit_exceeded"
    slow = Path(path / "max_of_each_window.py")
    # Too slow for the hidden tests, so measured through --samples (accepted there).
    out = _cli(
        "run",
        str(slow),
        "--problem",
        "sliding_window_maximum",
        "--sandbox",
        "local",
        "--samples",
        "--complexity",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)["complexity"]
    assert found["time"]["class"] in ("O(n^2)", "O(n^2 log n)")
    assert found["time"]["low"] <= found["time"]["exponent"] <= found["time"]["high"]
    assert found["reference"]["time"]["class"] in ("O(n)", "O(n log n)")
    assert found["reference"]["solution"] == "leetcode_class.py"
    assert len(found["sizes"]) == len(found["times"]) >= 4


def test_cli_text_and_a_problem_without_the_hook(tmp_path: Path) -> None:
    path = REPO / "problems/python/two_sum/solutions/accepted/hash_map.py"
    out = _cli("run", str(path), "--problem", "two_sum", "--sandbox", "local", "--complexity")
    assert out.returncode == 0, out.stderr
    assert "yours: ~O(n" in out.stdout and "reference: ~O(n" in out.stdout
    mine = tmp_path / "mine.py"
    mine.write_text("def sum_and_sort(a):\n    return sorted(a)\n")
    out = _cli("run", str(mine), "--problem", "sum_pairs", "--sandbox", "local", "--complexity")
    assert out.returncode == 2
    assert "no scaled(n, seed) hook" in out.stderr and "Traceback" not in out.stderr


def test_verify_complexity_on_a_problem() -> None:
    out = _cli(
        "verify", str(REPO / "problems/python/three_sum"), "--sandbox", "local", "--complexity"
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert (
        "brute_force.py: ~O(n^3)" in out.stdout.replace("\n", " ").replace("│", "")
        or "O(n^3)" in out.stdout
    )


def test_verify_catches_a_wrong_stated_complexity(tmp_path: Path) -> None:
    """Stated O(n), an O(n^2) accepted solution is an error that measuring again (as verify
    does when a measurement contradicts the folder) does not wash away."""
    import shutil

    from judge.verify import ProblemCheck, _check_complexity

    folder = tmp_path / "three_sum"
    shutil.copytree(REPO / "problems/python/three_sum", folder)
    for path in (folder / "solutions").glob("*/*.py"):
        if path.name != "two_pointers.py":
            path.unlink()
    toml = folder / "problem.toml"
    toml.write_text(toml.read_text().replace('time = "O(n^2)"', 'time = "O(n)"'))
    problem = load_problem(folder)
    check = ProblemCheck(problem.slug, folder)
    said: list[str] = []
    _check_complexity(problem, LocalRunner(), check, said.append)
    assert len(check.errors) == 1, check.errors
    assert "accepted/two_pointers.py: measured ~O(n^2)" in check.errors[0]
    assert "slower than the stated O(n)" in check.errors[0]
    assert said.count("three_sum: complexity of accepted/two_pointers.py") == 1
