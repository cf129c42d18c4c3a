"""A submission stops at its first failing hidden test, as LeetCode's Submit does; samples
always all run; `--all` (Options.stop_on_failure=False) runs every test. The host stops the
sandbox on a wrong answer it found, which the sandbox itself cannot see."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from judge.judging import Options, judge
from judge.model import Problem, Submission, Verdict
from judge.runners import LocalRunner
from judge.runners.base import Runner

from .conftest import JUDGE, stray_sandboxes

# Wrong on every test but the first sample, and slow on every hidden one: a run that went on
# past the first failing hidden test would cost a second per test.
WRONG_AND_SLOW = """
import time

def two_sum(nums, target):
    if len(nums) > 4:
        end = time.process_time() + 0.3
        while time.process_time() < end:
            pass
    return [0, 1]
"""


@pytest.mark.parametrize("where", ["local", "docker"])
def test_stops_at_the_first_failing_hidden_test(
    two_sum: Problem, where: str, request: pytest.FixtureRequest
) -> None:
    runner: Runner = LocalRunner() if where == "local" else request.getfixturevalue("docker_runner")
    submission = Submission(WRONG_AND_SLOW, "python")
    report = judge(two_sum, submission, runner, Options(stop_on_failure=True))
    samples = [t for t in report.tests if not t.hidden]
    hidden = [t for t in report.tests if t.hidden]
    assert report.verdict is Verdict.WA
    # Every sample ran, the failing ones too.
    assert all(t.verdict in (Verdict.AC, Verdict.WA) for t in samples)
    assert any(t.verdict is Verdict.WA for t in samples)
    # None of the hidden tests after the first failing one ran.
    first = next(i for i, t in enumerate(hidden) if t.verdict is not Verdict.AC)
    assert hidden[first].verdict is Verdict.WA
    rest = hidden[first + 1 :]
    assert rest, "two_sum has hidden tests after the first this solution fails"
    assert all(t.verdict is Verdict.SK and t.message == "not run" for t in rest)
    assert all(t.time is None for t in rest)


def test_every_test_runs_when_asked(two_sum: Problem) -> None:
    code = "def two_sum(nums, target):\n    return [0, 1]\n"
    report = judge(two_sum, Submission(code, "python"), LocalRunner(), Options())
    assert report.verdict is Verdict.WA
    assert all(t.verdict in (Verdict.AC, Verdict.WA) for t in report.tests)
    assert report.passed >= 1


def test_a_stopped_run_costs_one_failing_test(two_sum: Problem) -> None:
    """The sandbox is stopped when the host sees the wrong answer: the slow hidden tests
    after it never run (they would take 0.3 s of CPU each)."""
    submission = Submission(WRONG_AND_SLOW, "python")
    start = time.monotonic()
    judge(two_sum, submission, LocalRunner(), Options(stop_on_failure=True))
    stopped = time.monotonic() - start
    hidden = len(two_sum.hidden)
    assert hidden >= 5
    # The full run needs at least 0.3 s per large hidden test; the stopped one ran only one.
    assert stopped < 0.3 * (hidden - 1)


def test_cli_stops_by_default_and_all_runs_everything(tmp_path: Path) -> None:
    path = tmp_path / "two_sum.py"
    path.write_text("def two_sum(nums, target):\n    return [0, 1]\n")
    base = [*JUDGE, "run", str(path), "--sandbox", "local"]
    stopped = json.loads(subprocess.run([*base, "--json"], capture_output=True, text=True).stdout)
    every = json.loads(
        subprocess.run([*base, "--json", "--all"], capture_output=True, text=True).stdout
    )
    assert [t["verdict"] for t in stopped["tests"]].count("SK") >= 1
    assert "SK" not in [t["verdict"] for t in every["tests"]]
    shown = subprocess.run(base, capture_output=True, text=True).stdout
    assert "not run" in shown and "--all" in shown


# Fails on the first large test (RAISES: an exception the sandbox sees and stops at; WRONG:
# a wrong answer only the host sees, which stops the sandbox from outside), and never ends on
# any test after it: the supervisor hands the next test over the moment an answer arrives,
# so a stopped run has one test in flight, which must die with the run.
FAIL_THEN_SPIN = """
import os

def two_sum(nums, target):
    failed = os.environ["TMPDIR"] + "/failed"
    if os.path.exists(failed):
        while True:  # every test after the failure
            pass
    if len(nums) > 4:
        open(failed, "w").close()
        if RAISES:
            raise ValueError("the first large test fails")
        return [-1, -1]
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
"""


@pytest.mark.parametrize("raises", [True, False])
def test_a_stopped_run_leaves_no_test_running(two_sum: Problem, raises: bool) -> None:
    code = f"RAISES = {raises}\n" + FAIL_THEN_SPIN
    report = judge(
        two_sum, Submission(code, "python"), LocalRunner(), Options(stop_on_failure=True)
    )
    verdict = Verdict.RTE if raises else Verdict.WA
    assert report.verdict is verdict
    hidden = [t for t in report.tests if t.hidden]
    first = next(i for i, t in enumerate(hidden) if t.verdict is not Verdict.AC)
    assert hidden[first].verdict is verdict
    assert all(t.verdict is Verdict.SK for t in hidden[first + 1 :])
    assert stray_sandboxes() == []
