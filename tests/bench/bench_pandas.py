"""Benchmark: judging a pandas answer to an SQL problem beside judging its SQL reference.

For the SQL problems bench_sql.py times, medians over RUNS of `judge()` end to end over all
datasets:
- sql: the reference query (DuckDB in a hardened child process on the host);
- pandas local / pandas docker: the problem's first accepted pandas solution in the local
  runner's child process and in a fresh Docker container (interpreter, pandas import, each
  dataset's DataFrames built, the function called, its table compared on the host);
- calls: the sum of the pandas tests' measured CPU times (the function's own work).

Run: python tests/bench/bench_pandas.py [SLUG ...]
"""

from __future__ import annotations

import statistics
import sys
import time

from judge.catalog import catalog
from judge.judging import judge
from judge.kinds.sql.derive import reference
from judge.model import Problem, Submission, Verdict
from judge.runners.base import Runner
from judge.runners.docker import DockerRunner
from judge.runners.local import LocalRunner

RUNS = 5
DEFAULT = ["department_top_three_salaries", "restaurant_growth", "sessionize_clicks", "rank_scores"]


def timed(problem: Problem, submission: Submission, runner: Runner) -> tuple[float, float]:
    walls, inside = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        report = judge(problem, submission, runner)
        walls.append(time.perf_counter() - start)
        assert report.verdict is Verdict.AC, report.message
        inside.append(report.time)
    return statistics.median(walls), statistics.median(inside)


def main(slugs: list[str]) -> None:
    local, docker = LocalRunner(), DockerRunner.connect()
    print(
        f"{'problem':32} {'datasets':>8} {'sql':>8} {'pandas local':>13} "
        f"{'pandas docker':>14} {'calls':>8}"
    )
    try:
        for slug in slugs:
            problem = catalog().load(slug)
            path = sorted((problem.path / "solutions" / "accepted").glob("pandas_*.py"))[0]
            answer = Submission(path.read_text(encoding="utf-8"), "python")
            sql, _ = timed(problem, reference(problem), local)
            on_host, calls = timed(problem, answer, local)
            contained, _ = timed(problem, answer, docker)
            print(
                f"{slug:32} {len(problem.tests):8d} {sql * 1000:6.0f}ms {on_host * 1000:11.0f}ms "
                f"{contained * 1000:12.0f}ms {calls * 1000:6.1f}ms"
            )
    finally:
        docker.close()


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
