"""Benchmark: what one more test costs, end to end, with the local runner.

judge() of two_sum with 20 and with 1,020 copies of its first sample (a tiny test), so the
difference is the cost of 1,000 tests beyond the fixed part of a run: the supervisor's
hand-over, the worker's call, the event, the host's check. Printed per test as wall time
(fastest of several runs) and as CPU time (the judge's own plus its children's: the
supervisor and the worker), which holds steadier than wall time on a busy machine.

`--against REV` measures a git revision the same way, in a temporary worktree, in rounds
interleaved with this tree, and prints the ratios (issue 11: the per-test overhead may grow
by at most 20% over the in-process harness it replaced, 9223a86).

Run: python tests/bench/bench_per_test.py [--against 9223a86] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FEW, MANY = 20, 1020

# Runs inside the tree measured (its own judge package), prints one JSON line.
PROBE = r"""
import json, resource, statistics, sys, time
from dataclasses import replace
from pathlib import Path
from judge.catalog import catalog
from judge.judging import judge
from judge.model import Submission
from judge.runners.local import LocalRunner

FEW, MANY, RUNS = (int(a) for a in sys.argv[1:4])
problem = catalog().load("two_sum")
code = Path("problems/python/two_sum/solutions/accepted/hash_map.py").read_text()
submission = Submission(code, "python")
runner = LocalRunner()
tiny = problem.samples[0]


def cost(n):
    many = replace(problem, tests=tuple(replace(tiny, name=f"t{i}") for i in range(n)))
    walls, cpus = [], []
    for _ in range(RUNS):
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        own = time.process_time()
        start = time.perf_counter()
        report = judge(many, submission, runner)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        child = (after.ru_utime + after.ru_stime) - (kids.ru_utime + kids.ru_stime)
        cpus.append(time.process_time() - own + child)
        assert report.verdict.value == "AC", report.verdict
    return min(walls), statistics.median(cpus)


judge(problem, submission, runner)  # warm: caches, calibration
few, many = cost(FEW), cost(MANY)
tests = MANY - FEW
print(json.dumps({"wall": (many[0] - few[0]) / tests, "cpu": (many[1] - few[1]) / tests}))
"""


def measure(tree: Path, runs: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(FEW), str(MANY), str(runs)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise SystemExit(f"measuring {tree} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", help="a git revision to compare with (e.g. 9223a86)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=5, help="judge() runs per size per round")
    args = parser.parse_args()
    trees = {"this tree": REPO}
    with tempfile.TemporaryDirectory(prefix="judge-bench-") as tmp:
        if args.against:
            other = Path(tmp) / "other"
            subprocess.run(
                ["git", "worktree", "add", "--detach", str(other), args.against],
                cwd=REPO,
                check=True,
                capture_output=True,
            )
            trees = {args.against: other, "this tree": REPO}
        try:
            figures: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for round_ in range(args.rounds):
                for name, tree in trees.items():
                    got = measure(tree, args.runs)
                    figures[name].append(got)
                    print(
                        f"round {round_ + 1}, {name}: {got['wall'] * 1e6:6.1f} µs wall, "
                        f"{got['cpu'] * 1e6:6.1f} µs CPU per test",
                        flush=True,
                    )
        finally:
            if args.against:
                subprocess.run(
                    ["git", "worktree", "remove", "--force", str(Path(tmp) / "other")],
                    cwd=REPO,
                    capture_output=True,
                )
    print(f"two_sum, {MANY} vs {FEW} tiny tests, local runner, medians of {args.rounds} rounds:")
    med = {
        name: {k: statistics.median(f[k] for f in got) for k in ("wall", "cpu")}
        for name, got in figures.items()
    }
    for name, m in med.items():
        print(
            f"  {name:>10}: {m['wall'] * 1e6:6.1f} µs wall, {m['cpu'] * 1e6:6.1f} µs CPU per test"
        )
    if args.against:
        base, now = med[args.against], med["this tree"]
        print(
            f"  ratio this/{args.against}: wall {now['wall'] / base['wall']:.2f}, "
            f"CPU {now['cpu'] / base['cpu']:.2f}   (issue 11: at most 1.20)"
        )


if __name__ == "__main__":
    main()
