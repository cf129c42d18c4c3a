"""Benchmark: judging a SQL query over all its datasets against DuckDB running it alone.

For a few SQL problems, medians over RUNS of:
- judge: `judge()` end to end with the local runner (read and translate the query, start
  the harness process, import DuckDB, a fresh locked-down database per dataset, compare);
- alone: the reference's DuckDB query in this process, a fresh database per dataset, the
  tables loaded and the query run, nothing else (the least any isolation could cost);
- query only: the sum of the query times the harness reports (DuckDB's own work).
Aim: judge < 3 x alone.

Run: python tests/bench/bench_sql.py [SLUG ...]
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

import duckdb

from judge.catalog import catalog
from judge.judging import judge
from judge.kinds.sql.derive import reference
from judge.kinds.sql.job import build_job, query_for
from judge.kinds.sql.translate import Translation
from judge.model import Problem, Verdict
from judge.runners.local import LocalRunner

RUNS = 7
DEFAULT = ["department_top_three_salaries", "restaurant_growth", "sessionize_clicks", "rank_scores"]


def alone(query: str, job: dict[str, Any]) -> float:
    """The reference query in DuckDB, one fresh database per dataset, in this process."""
    start = time.perf_counter()
    for dataset in job["datasets"]:
        con = duckdb.connect(":memory:", config={"threads": 1})
        for table in job["tables"]:
            cols = ", ".join(f'"{name}" {kind}' for name, kind in table["columns"])
            con.execute(f'CREATE TABLE "{table["name"]}" ({cols})')
        for name, data in dataset.items():
            if data["rows"]:
                slots = "(" + ", ".join("?" for _ in data["columns"]) + ")"
                sql = f'INSERT INTO "{name}" VALUES ' + ", ".join([slots] * len(data["rows"]))
                con.execute(sql, [v for row in data["rows"] for v in row])
        con.execute(query).fetchall()
        con.close()
    return time.perf_counter() - start


def bench(problem: Problem, runner: LocalRunner) -> tuple[float, float, float]:
    submission = reference(problem)
    query = query_for(problem, submission)
    assert isinstance(query, Translation)
    payload = build_job(problem, query.sql, list(problem.tests)).payload
    judged, bare, inside = [], [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        report = judge(problem, submission, runner)
        judged.append(time.perf_counter() - start)
        assert report.verdict is Verdict.AC, report.message
        inside.append(report.time)
        bare.append(alone(query.sql, payload))
    return statistics.median(judged), statistics.median(bare), statistics.median(inside)


def main(slugs: list[str]) -> None:
    runner = LocalRunner()
    print(f"{'problem':32} {'datasets':>8} {'judge':>9} {'alone':>9} {'query':>8} {'ratio':>6}")
    ratios = []
    for slug in slugs:
        problem = catalog().load(slug)
        judged, bare, inside = bench(problem, runner)
        ratio = judged / bare
        ratios.append(ratio)
        print(
            f"{slug:32} {len(problem.tests):8d} {judged * 1000:7.0f}ms {bare * 1000:7.0f}ms "
            f"{inside * 1000:6.1f}ms {ratio:5.2f}x"
        )
    print(f"median ratio {statistics.median(ratios):.2f}x (aim: under 3x)")


if __name__ == "__main__":
    main(sys.argv[1:] or DEFAULT)
