"""Benchmark: the judge's end-to-end cost with the local runner, and how steady its timing is.

Prints, for a 20-test problem (two_sum's 3 samples and its last 17 hidden tests, the large
ones among them):
- a bare `python3 -c pass` (the floor any process-based judge pays once),
- `judge()` end to end in-process (problem loaded, one harness process for all tests),
- `judge run --json` as a user runs it (CLI start-up included),
- the overhead (judge() minus the bare interpreter minus the reported test time),
- the spread (max/min) of the reported total runtime over 10 runs of the same solution, on an
  idle machine and again with two CPU-burning processes beside it,
- the per-test cost end to end: judge() of 20 and of 200 copies of a tiny test (fastest of 15).

Run: python tests/bench/bench_core.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from judge.catalog import catalog
from judge.judging import judge
from judge.model import Submission, Verdict
from judge.runners.local import LocalRunner

REPO = Path(__file__).resolve().parents[2]
RUNS = 10


def wall(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    problem = catalog().load("two_sum")
    problem = replace(problem, tests=problem.samples + problem.hidden[-17:])
    solution = REPO / "problems" / "python" / "two_sum" / "solutions" / "accepted" / "hash_map.py"
    submission = Submission(solution.read_text(), "python")
    runner = LocalRunner()
    judge(problem, submission, runner)  # warm caches (generated tests, imports)

    bare = [
        wall(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
        for _ in range(RUNS)
    ]
    e2e, totals = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        report = judge(problem, submission, runner)
        e2e.append(time.perf_counter() - start)
        assert report.verdict is Verdict.AC, report
        totals.append(report.time)
    cli = [
        wall(
            lambda: subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "from judge.launch import entry; entry()",
                    "run",
                    str(solution),
                    "--problem",
                    "two_sum",
                    "--sandbox",
                    "local",
                    "--json",
                ],
                check=True,
                capture_output=True,
            )
        )
        for _ in range(5)
    ]
    med = statistics.median
    overhead = med(e2e) - med(bare) - med(totals)
    print(f"problem: two_sum, {len(problem.tests)} tests, local runner, {RUNS} runs (medians)")
    print(f"bare `python3 -c pass`:            {med(bare) * 1000:8.1f} ms")
    print(f"judge() end to end:                {med(e2e) * 1000:8.1f} ms")
    print(f"  of which reported test time:     {med(totals) * 1000:8.1f} ms")
    print(f"  overhead beyond bare + tests:    {overhead * 1000:8.1f} ms   (aim < 150 ms)")
    print(
        f"`judge run --json` (CLI, all {len(catalog().load('two_sum').tests)} tests, 5 runs): "
        f"{med(cli) * 1000:8.1f} ms"
    )
    _spread("two_sum, idle", totals)
    # The spread of a heavier run (three_sum's two-pointer solution, ~0.3 s of tests), where
    # a millisecond of scheduling noise does not dominate.
    heavy = catalog().load("three_sum")
    code = (REPO / "problems/python/three_sum/solutions/accepted/two_pointers.py").read_text()
    heavy_sub = Submission(code, "python")
    _spread("three_sum, idle", [judge(heavy, heavy_sub, runner).time for _ in range(RUNS)])
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        loaded = [judge(heavy, heavy_sub, runner).time for _ in range(RUNS)]
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    _spread("three_sum, two CPU hogs", loaded)
    tiny = problem.samples[0]

    def copies(n: int) -> float:
        many = replace(problem, tests=tuple(replace(tiny, name=f"t{i}") for i in range(n)))
        return min(wall(lambda: judge(many, submission, runner)) for _ in range(15))

    few, lots = copies(20), copies(200)
    per_test = (lots - few) / 180
    print(
        f"per-test cost end to end:          {per_test * 1e6:8.0f} µs   "
        f"(fixed part {(few - 20 * per_test) * 1000:.1f} ms)"
    )


def _spread(label: str, totals: list[float]) -> None:
    spread = max(totals) / min(totals)
    print(
        f"reported total over {RUNS} runs, {label}: min {min(totals) * 1000:.1f} ms, "
        f"max {max(totals) * 1000:.1f} ms, spread {spread:.2f}   (aim < 1.2)"
    )


if __name__ == "__main__":
    main()
