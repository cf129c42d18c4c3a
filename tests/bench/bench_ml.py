"""Benchmark: what judging an ML task costs on top of the model's own work (local runner).

For each problem, with its first accepted solution and all of its tests:
- baseline: the solution's constructor, fit and predict calls alone, in this process, on
  datasets made beforehand (what a user would time in a notebook);
- judge(), warm: the whole pipeline with the datasets already made (the usual case: made
  once per problem, then cached), i.e. policy check, job encoding, a fresh harness process
  with NumPy, input copies and checks, output transport, shapes and metrics;
- judge(), cold: the same with the dataset cache emptied first;
- the floor every process-based run pays: `python3 -c "import numpy"`.
The ratio is judge (warm) / baseline; the aim is under 1.5 for tasks whose fitting is the
bulk of the work. What is left after the baseline and the process floor is the judge's own
per-test work (encoding, copies, checks, metrics).

Then, in Docker (`--torch`: only this part): a torch answer next to a NumPy
one for each task with a torch solution (solutions/accepted/torch_tensors.py): the whole
judge() wall time and the CPU time its tests took (a torch answer's worker imports torch
before the submission, about 0.8 s: most of the difference).

Run: python tests/bench/bench_ml.py [problem ...] [--torch]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from judge.judging import Options, judge
from judge.kinds.ml import data as datasets
from judge.kinds.ml import tasks
from judge.kinds.ml.adapter import MlKind
from judge.kinds.ml.settings import args_of, settings_of
from judge.model import Problem, Submission, Verdict
from judge.problem import load_problem
from judge.runners.local import LocalRunner

REPO = Path(__file__).resolve().parents[2]
RUNS = 5
DEFAULT = ["linear_regression", "kmeans", "mlp_backprop", "softmax_regression"]
TORCH = ["linear_regression", "logistic_regression", "softmax_regression", "kmeans", "mlp_backprop"]


def baseline(problem: Problem, code: str) -> float:
    """Seconds the solution's own calls take, in-process, on ready-made datasets."""
    settings = settings_of(problem)
    namespace: dict[str, Any] = {"__name__": "solution"}
    exec(compile(code, "solution.py", "exec"), namespace)
    assert problem.entry is not None
    total = 0.0
    for test in problem.tests:
        args = args_of(problem, test)
        data = datasets.make(problem, args.dataset)
        copies = {k: np.array(v) for k, v in data.items()}
        model = None
        # A test marked twice is fitted twice (the determinism check): the judge asks for
        # that work, so the baseline does it too.
        for step in tasks.steps(settings, args) * (2 if args.twice else 1):
            call_args = [copies[name].copy() for name in step.get("args") or []]
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if step["op"] == "new":
                    model = namespace[problem.entry.function](**step["kwargs"])
                elif step["op"] == "set":
                    for key, name in step["items"].items():
                        getattr(model, step["attr"])[key] = copies[name].copy()
                elif step["op"] == "call" and "function" in step:
                    namespace[step["function"]](*call_args)
                elif step["op"] == "call":
                    getattr(model, step["method"])(*call_args)
            total += time.perf_counter() - start
    return total


def timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench(slug: str, floor: float) -> None:
    problem = load_problem(REPO / "problems" / "ml" / slug)
    solution = sorted((problem.path / "solutions" / "accepted").glob("*.py"))[0]
    submission = Submission(solution.read_text(), "python")
    runner = LocalRunner()

    def run() -> None:
        report = judge(problem, submission, runner, Options(mode="submit"))
        assert report.verdict is Verdict.AC, report

    run()  # warm: dataset cache, imports
    base = statistics.median(baseline(problem, submission.code) for _ in range(RUNS))
    warm = statistics.median(timed(run) for _ in range(RUNS))
    cold = []
    for _ in range(2):
        datasets._made.clear()
        datasets._encoded.clear()
        cold.append(timed(run))
    prepare = statistics.median(
        timed(lambda: MlKind().prepare(problem, submission, list(problem.tests), Options()))
        for _ in range(RUNS)
    )
    print(
        f"{slug:22s} {len(problem.tests):3d} tests  baseline {base * 1000:7.1f} ms  "
        f"judge warm {warm * 1000:7.1f} ms  cold {statistics.median(cold) * 1000:7.1f} ms  "
        f"(prepare {prepare * 1000:5.1f} ms)  ratio {warm / base:4.2f}x  "
        f"overhead beyond the process floor {(warm - base - floor) * 1000:6.1f} ms"
    )


def torch_vs_numpy(slug: str, runner: Any) -> None:
    """judge() of the NumPy reference and of the torch solution, in Docker, medians."""
    problem = load_problem(REPO / "problems" / "ml" / slug)
    folder = problem.path / "solutions" / "accepted"
    numpy_file = sorted(p for p in folder.glob("*.py") if "torch" not in p.name)[0]
    figures = []
    for path in (numpy_file, folder / "torch_tensors.py"):
        submission = Submission(path.read_text(), "python")
        walls, cpus = [], []
        for _ in range(RUNS):
            start = time.perf_counter()
            report = judge(problem, submission, runner, Options(mode="submit"))
            walls.append(time.perf_counter() - start)
            assert report.verdict is Verdict.AC, (path, report.verdict, report.message)
            cpus.append(report.time)
        figures.append((statistics.median(walls), statistics.median(cpus)))
    (nw, nc), (tw, tc) = figures
    print(
        f"{slug:20s} numpy: judge {nw * 1000:6.0f} ms, tests' CPU {nc * 1000:5.0f} ms | "
        f"torch: judge {tw * 1000:6.0f} ms, tests' CPU {tc * 1000:5.0f} ms | "
        f"torch adds {(tw - nw) * 1000:5.0f} ms"
    )


def main() -> None:
    if os.environ.get("OPENBLAS_NUM_THREADS") != "1":
        # The harness runs NumPy on one thread: so must the baseline, from the start.
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
        os.execve(sys.executable, [sys.executable, *sys.argv], env)
    floor = statistics.median(
        timed(lambda: subprocess.run([sys.executable, "-c", "import numpy"], check=True))
        for _ in range(RUNS)
    )
    print(
        f"local runner, medians of {RUNS} runs; `python -c 'import numpy'`: {floor * 1000:.1f} ms"
    )
    slugs = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--torch" not in sys.argv:
        for slug in slugs or DEFAULT:
            bench(slug, floor)
    from judge.runners.docker import DockerRunner

    runner = DockerRunner.connect()
    print(f"docker runner, medians of {RUNS} runs: a NumPy answer next to a torch one")
    for slug in slugs or TORCH:
        torch_vs_numpy(slug, runner)


if __name__ == "__main__":
    main()
