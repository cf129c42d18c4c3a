"""Benchmark: what the judge costs outside the tests, per MB of test input.

two_sum judged on a sample and one hidden test of N numbers (N = 1,000 to 400,000: up to
~5 MB of JSON), the accepted hash-map solution, in a fresh `judge run --json` process as a
user runs it (loading the problem included) and in-process through `judge()` on the problem
already loaded (local runner; `--docker` adds the Docker runner). The cost
outside the tests is the wall time minus the tests' own CPU time as the supervisor measured
it; the slope of that cost over the input's size is the figure (aim: at most 15 ms per MB).
Each size counts with its fastest of RUNS runs (noise on a busy machine only adds time).

Run: python tests/bench/bench_encoding.py [--docker]
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from judge.judging import judge
from judge.model import Submission, Verdict
from judge.problem import load_problem
from judge.runners.base import Runner
from judge.runners.local import LocalRunner

LAUNCH = ["-c", "from judge.launch import entry; entry()"]
REPO = Path(__file__).resolve().parents[2]
SOLUTION = REPO / "problems/python/two_sum/solutions/accepted/hash_map.py"
SIZES = (1_000, 100_000, 200_000, 400_000)
RUNS = 5


def case(n: int) -> tuple[list[int], int, list[int]]:
    """Multiples of 4 but two numbers that are 1 more: only those two sum to 2 mod 4."""
    rng = random.Random(n)
    nums = [4 * k for k in rng.sample(range(-(10**8), 10**8), n)]
    i, j = n // 3, n - 2
    nums[i] += 1
    nums[j] += 1
    return nums, nums[i] + nums[j], [i, j]


def folder_with(n: int, root: Path) -> Path:
    """A copy of two_sum whose only hidden test has n numbers (the CLI loads folders)."""
    import shutil

    target = root / "bench" / "two_sum"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(REPO / "problems/python/two_sum", target)
    (target / "generator.py").unlink(missing_ok=True)
    nums, goal, answer = case(n)
    hidden = [{"name": "big", "args": [nums, goal], "expected": answer}]
    (target / "tests/hidden.json").write_text(json.dumps(hidden))
    return target


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (MB, seconds) points, in ms per MB."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in points)
    return 1000 * num / sum((x - mx) ** 2 for x in xs)


def in_process(runner: Runner) -> list[tuple[float, float]]:
    code = Submission(SOLUTION.read_text(), "python")
    points = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            loaded = load_problem(folder_with(n, Path(tmp)))
            problem = replace(loaded, tests=(loaded.tests[0], loaded.tests[-1]))
            mb = len(json.dumps(problem.tests[-1].args)) / 1e6
            best = float("inf")
            for _ in range(RUNS):
                problem = replace(problem, memo={})  # nothing remembered from the last run
                start = time.perf_counter()
                report = judge(problem, code, runner)
                wall = time.perf_counter() - start
                assert report.verdict is Verdict.AC, (report.verdict, report.message)
                best = min(best, wall - sum(t.time or 0 for t in report.tests))
            points.append((mb, best))
            print(f"  {n:>7,} numbers  {mb:5.2f} MB   outside the tests {best * 1000:7.1f} ms")
    return points


def cli(sandbox: str) -> list[tuple[float, float]]:
    points = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            folder = folder_with(n, Path(tmp))
            mb = (folder / "tests/hidden.json").stat().st_size / 1e6
            command = [sys.executable, *LAUNCH, "run", str(SOLUTION), "--json"]
            command += ["--problem", "two_sum", "--sandbox", sandbox]
            env = {**os.environ, "JUDGE_PROBLEMS": str(Path(tmp) / "bench")}
            best = float("inf")
            for _ in range(RUNS):
                start = time.perf_counter()
                done = subprocess.run(command, capture_output=True, text=True, env=env)
                wall = time.perf_counter() - start
                report = json.loads(done.stdout)
                assert report["verdict"] == "AC", done.stdout[-500:] + done.stderr[-500:]
                best = min(best, wall - sum(t["time"] or 0 for t in report["tests"]))
            points.append((mb, best))
            print(f"  {n:>7,} numbers  {mb:5.2f} MB   outside the tests {best * 1000:7.1f} ms")
    return points


def main() -> None:
    runners: list[tuple[str, Runner]] = [("local", LocalRunner())]
    if "--docker" in sys.argv:
        from judge.runners.docker import DockerRunner

        runners.append(("docker", DockerRunner.connect()))
    for name, runner in runners:
        print(f"judge() in-process, {name} runner (fastest of {RUNS}):")
        print(f"  -> {slope(in_process(runner)):.1f} ms per MB of input")
        print(f"judge run --json --sandbox {name}, a fresh process each (fastest of {RUNS}):")
        print(f"  -> {slope(cli(name)):.1f} ms per MB of input")


if __name__ == "__main__":
    main()
