"""Limits that travel: a host measures its speed per sandbox once (judge.calibration), and every
test gets the problem's reference limit times that factor; the report, `judge show` and
`judge sandbox status` say which limit applies here."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from judge import calibration
from judge.judging import judge
from judge.model import Problem, Submission, Verdict
from judge.runners import LocalRunner
from judge.runners.base import Runner
from judge.verify import stated_limits

from .conftest import JUDGE

# 0.7 s of CPU in every test: over sum_pairs' 0.5 s reference limit, under 3x it.
BURN = """
import time

def sum_and_sort(nums):
    end = time.process_time() + 0.7
    while time.process_time() < end:
        pass
    return [sum(nums), sorted(nums)]
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JUDGE_CACHE", str(tmp_path))
    return tmp_path / "calibration.json"


def test_the_limit_is_the_reference_limit_times_the_hosts_factor(sum_pairs: Problem) -> None:
    runner = LocalRunner()
    submission = Submission(BURN, "python")
    slow_host = judge(sum_pairs, submission, runner)
    assert slow_host.verdict is Verdict.TLE
    assert slow_host.time_limit == sum_pairs.limits.time
    runner.factor = 3.0  # a host three times slower than the reference machine
    report = judge(sum_pairs, submission, runner)
    assert report.verdict is Verdict.AC, report.tests
    assert report.time_limit == pytest.approx(3 * sum_pairs.limits.time)


def test_each_kind_gets_the_factor_of_the_parts_it_spends_time_like(
    sum_pairs: Problem,
) -> None:
    """A host whose NumPy is much slower than its Python (Debian's OpenBLAS in the Docker
    image): Python problems follow the pure-Python parts, NumPy tasks all three, SQL none."""
    from judge.catalog import catalog

    runner = LocalRunner()
    runner.factor = 2.0  # what the geometric mean of all three parts would say
    runner.ratios = {"loops": 1.0, "sort": 1.0, "numpy": 8.0}
    python = judge(sum_pairs, Submission(BURN, "python"), runner)
    assert python.time_limit == pytest.approx(sum_pairs.limits.time)  # x 1.0, not x 2.0
    assert python.verdict is Verdict.TLE  # 0.7 s against 0.5 s: the NumPy part buys nothing
    found = catalog()
    ml = found.load("kmeans")
    ml_report = judge(ml, Submission("x = 1", "python"), runner)  # CE, with the limit named
    assert ml_report.time_limit == pytest.approx(round(ml.limits.time * 2.0, 3))
    sql = found.load("active_periods")
    sql_report = judge(sql, Submission("SELECT 1", "sql"), runner)
    assert sql_report.time_limit == pytest.approx(sql.limits.time)  # DuckDB: the reference


def test_a_calibration_gives_its_ratios_per_part() -> None:
    parts = {"loops": calibration.REFERENCE["loops"] * 3, "sort": calibration.REFERENCE["sort"]}
    found = calibration.Calibration("local (x)", 2.0, {**parts, "other": 1.0}, 0.0)
    assert found.ratios == pytest.approx({"loops": 3.0, "sort": 1.0})


@pytest.mark.parametrize("where", ["local", "docker"])
def test_calibration_measures_each_sandbox_and_remembers_it(
    where: str, cache: Path, request: pytest.FixtureRequest
) -> None:
    runner: Runner = LocalRunner() if where == "local" else request.getfixturevalue("docker_runner")
    assert calibration.cached(runner) is None
    measured = calibration.calibrate(runner, runs=2)
    assert calibration.FLOOR <= measured.factor <= calibration.CEILING
    assert set(measured.parts) == set(calibration.REFERENCE)
    assert all(seconds > 0 for seconds in measured.parts.values())
    assert where in measured.sandbox
    again = calibration.cached(runner)
    assert again is not None and again.factor == measured.factor
    assert again.ratios == pytest.approx(measured.ratios) and len(again.ratios) == 3
    told = calibration.use(runner)  # as `judge verify` and the web app give it to a runner
    assert runner.factor == measured.factor and runner.ratios == again.ratios, told
    assert cache.is_file()
    lines = calibration.known()
    assert any(where in line and f"{measured.factor:.2f}" in line for line in lines)


def test_a_broken_cache_is_measured_again(cache: Path) -> None:
    cache.write_text("{not json")
    assert calibration.cached(LocalRunner()) is None
    cache.write_text('{"x": {"factor": "fast"}}')
    assert calibration.cached(LocalRunner()) is None


@pytest.mark.parametrize("factor", [1000.0, 0.01, float("nan"), float("inf")])
def test_a_factor_no_measurement_gives_is_measured_again(cache: Path, factor: float) -> None:
    """Code judged by the local runner runs as this user and can write the cache: a factor
    outside the range a measurement is kept in (a limit x 1000, or x 0.01) is not applied."""
    runner = LocalRunner()
    entry = {"sandbox": "x", "factor": factor, "parts": {}, "measured_at": 0.0}
    key = f"{calibration._host()} {calibration.sandbox_key(runner)}"
    cache.write_text(json.dumps({key: entry}))
    assert calibration.cached(runner) is None
    entry["factor"] = 1.5
    cache.write_text(json.dumps({key: entry}))
    found = calibration.cached(runner)
    assert found is not None and found.factor == 1.5


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*JUDGE, *args], capture_output=True, text=True, env=env)


def test_cli_calibrate_status_show_and_run_show_the_limit_here(cache: Path) -> None:
    env = {**os.environ, "JUDGE_CACHE": str(cache.parent)}
    done = _cli("calibrate", "--sandbox", "local", "--runs", "1", env=env)
    assert done.returncode == 0, done.stderr
    assert "speed factor" in done.stdout and "local" in done.stdout
    status = _cli("sandbox", "status", env=env)
    assert "speed factor" in status.stdout
    # A host twice as slow as the reference machine: twice the limit, said everywhere.
    runner = LocalRunner()
    measured = calibration.cached(runner)
    assert measured is not None
    twice = {part: seconds * 2 for part, seconds in calibration.REFERENCE.items()}
    calibration._store(calibration.Calibration(measured.sandbox, 2.0, twice, 0.0))
    shown = " ".join(_cli("show", "two_sum", "--sandbox", "local", env=env).stdout.split())
    assert "0.5 s CPU per test here (0.25 s on the reference machine)" in shown
    solution = Path(__file__).parents[1] / "problems/python/two_sum/solutions/accepted/hash_map.py"
    run = _cli("run", str(solution), "--problem", "two_sum", "--sandbox", "local", env=env)
    assert "x 2.00" in run.stderr
    assert "limit 0.5 s CPU per test" in " ".join(run.stdout.split())


def test_a_limit_written_in_a_statement_must_be_problem_tomls(sum_pairs: Problem) -> None:
    from dataclasses import replace

    right = replace(sum_pairs, statement="Be quick (time limit 0.5 seconds).")
    wrong = replace(sum_pairs, statement="Be quick (the time limit is 1 second).")
    in_ms = replace(sum_pairs, statement="Time limit: 500 ms.")
    assert stated_limits(right) == [] and stated_limits(in_ms) == []
    assert "problem.toml's time limit is 0.5 s" in stated_limits(wrong)[0]
