"""Benchmark: what a Docker sandbox costs per submission, cold and from the warm pool.

Prints side by side, for a 20-test problem (two_sum's first 20 tests), medians over RUNS:
- bare `docker run --rm IMAGE python3 -c pass` (the CLI's own floor for one container),
- our cold path: `judge()` end to end with a fresh container (create, attach, start, run
  all tests, read results, remove),
- our warm path: `judge()` end to end taking a container the pool started in advance,
- a parked container (`judge sandbox park`), claimed by a runner without a pool,
- the local runner for reference;
then `judge run --sandbox docker --json` in a fresh process, cold and after parking.
Aims: cold <= 1.3 x bare; warm < 150 ms.

Run: python tests/bench/bench_docker.py  (builds the image first if it is missing)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from judge.catalog import catalog
from judge.judging import judge
from judge.model import Problem, Submission, Verdict
from judge.runners.base import Runner
from judge.runners.docker import DockerRunner
from judge.runners.docker_parked import park, unpark
from judge.runners.local import LocalRunner
from judge.sandbox_image import build_image

RUNS = 10
LAUNCH = ["-c", "from judge.launch import entry; entry()"]
REPO = Path(__file__).resolve().parents[2]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def judged(problem: Problem, submission: Submission, runner: Runner) -> float:
    def once() -> None:
        report = judge(problem, submission, runner)
        assert report.verdict is Verdict.AC, report.message

    return timed(once)


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.0f} ms  (min {min(values) * 1000:.0f})"


def main() -> None:
    image = build_image(offline=False, log=lambda _line: None)
    problem = catalog().load("two_sum")
    problem = replace(problem, tests=problem.tests[:20])
    submission = Submission(
        "def two_sum(nums, target):\n"
        "    seen = {}\n"
        "    for i, x in enumerate(nums):\n"
        "        if target - x in seen:\n"
        "            return [seen[target - x], i]\n"
        "        seen[x] = i\n",
        "python",
    )
    key = ("python", problem.limits.memory_mb)
    cold = DockerRunner.connect(image)
    cold.use_parked = False  # a fresh container each time
    warm = DockerRunner.connect(image, pool_size=1, warm=(key,))
    local = LocalRunner()
    judge(problem, submission, cold)  # page in the image and the imports once

    bare = [
        timed(
            lambda: subprocess.run(
                ["docker", "run", "--rm", image, "python3", "-c", "pass"],
                check=True,
                capture_output=True,
            )
        )
        for _ in range(RUNS)
    ]
    cold_times = [judged(problem, submission, cold) for _ in range(RUNS)]
    warm_times = []
    for _ in range(RUNS):
        deadline = time.monotonic() + 30
        while warm.pool_ready(*key) < 1 and time.monotonic() < deadline:
            time.sleep(0.01)  # submissions arrive apart: let the pool refill in between
        warm_times.append(judged(problem, submission, warm))
    local_times = [judged(problem, submission, local) for _ in range(RUNS)]
    warm.close()
    parked_times, cli_parked, cli_cold = [], [], []
    solution = REPO / "problems/python/two_sum/solutions/accepted/hash_map.py"
    command = [sys.executable, *LAUNCH, "run", str(solution), "--problem", "two_sum"]
    command += ["--sandbox", "docker", "--json"]
    user = DockerRunner.connect(image)
    cold_env = {**os.environ, "JUDGE_NO_PARKED": "1"}
    for _ in range(RUNS):
        unpark(user.engine, key)
        park(user, key, 1, minutes=5)
        time.sleep(1.0)  # a parked container waits long before it is used
        parked_times.append(judged(problem, submission, user))
        unpark(user.engine, key)
        park(user, key, 1, minutes=5)
        time.sleep(1.0)
        cli_parked.append(timed(lambda: subprocess.run(command, check=False, capture_output=True)))
        unpark(user.engine, key)
        time.sleep(0.5)  # the replacement a run parks, removed before the cold run
        unpark(user.engine, key)
        cli_cold.append(
            timed(lambda: subprocess.run(command, check=False, capture_output=True, env=cold_env))
        )

    ratio = statistics.median(cold_times) / statistics.median(bare)
    print(f"image {image}, {len(problem.tests)} tests, median of {RUNS} runs")
    print(f"  bare docker run --rm python3 -c pass  {ms(bare)}")
    print(f"  cold container, judge() end to end    {ms(cold_times)}  = {ratio:.2f} x bare")
    print(f"  warm pool, judge() end to end         {ms(warm_times)}")
    print(f"  parked container, judge() end to end  {ms(parked_times)}")
    print(f"  local runner, judge() end to end      {ms(local_times)}")
    print("two_sum's 26 tests, `judge run --sandbox docker --json` as a user runs it:")
    print(f"  cold (JUDGE_NO_PARKED=1)              {ms(cli_cold)}")
    print(f"  after `judge sandbox park`            {ms(cli_parked)}")


if __name__ == "__main__":
    main()
