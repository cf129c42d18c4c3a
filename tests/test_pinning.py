"""Where a worker runs, and what a quick test's memory reads as (judge/supervisor: Pinning,
Worker._quick): short tests keep the supervisor and its worker on one CPU, a long test lets
them go, and tests too quick for a full memory reading hide nothing from the memory limit.
"""

from __future__ import annotations

import os
from dataclasses import replace

from judge.judging import Options, judge
from judge.model import Problem, Report, Submission, Verdict
from judge.runners.base import Runner
from judge.runners.docker import DockerRunner
from judge.runners.local import LocalRunner

# Prints the CPUs the worker may run on at the end of each test; the sample whose target is
# 12 first runs 60 ms of CPU (past the 10 ms after which the supervisor lets go).
WHERE = """
import os, time
def two_sum(nums, target):
    if target == 12:
        end = time.process_time() + 0.06
        while time.process_time() < end:
            pass
    print(sorted(os.sched_getaffinity(0)))
    return [1, 3] if target == 12 else ([0, 1] if target == 10 else [0, 3])
"""

# Tiny tests, then one that faults in 80 MiB and gives it back, then tiny tests again.
SPIKE_LATER = """
def two_sum(nums, target):
    if target == 12:
        x = bytearray(80 * 1024 * 1024)
        for i in range(0, len(x), 4096):
            x[i] = 1
        del x
    return [1, 3] if target == 12 else ([0, 1] if target == 10 else [0, 3])
"""
MIB = 1024


def _sequence(two_sum: Problem, before: int, after: int) -> Problem:
    """Quick samples, the target-12 sample, quick samples: as one problem's tests."""
    spike, quick = two_sum.samples[0], two_sum.samples[1]
    tests = [replace(quick, name=f"quick-{i}") for i in range(before)]
    tests.append(replace(spike, name="long"))
    tests += [replace(quick, name=f"after-{i}") for i in range(after)]
    return replace(two_sum, tests=tuple(tests))


def _run(problem: Problem, code: str, runner: Runner) -> Report:
    report = judge(problem, Submission(code, "python"), runner, Options(mode="run"))
    assert report.verdict is Verdict.AC, report
    return report


def _check_where(report: Report) -> None:
    allowed = sorted(os.sched_getaffinity(0))
    seen = [t.stdout.strip() for t in report.tests]
    names = [t.name for t in report.tests]
    long_at = names.index("long")
    if len(allowed) < 2:  # one CPU: nothing to choose, nothing is pinned
        assert len(set(seen)) == 1, seen
        return
    # Each quick test, before and after the long one, ran pinned to a single CPU (one that a
    # busy machine kept waiting past the 10 ms after which the supervisor lets go, was let go
    # as any long test is)...
    for test, cpus in zip(report.tests, seen, strict=True):
        if test.name != "long" and test.wall is not None and test.wall < 0.01:
            assert cpus.count(",") == 0, (test.name, cpus)
    assert any(t.wall is not None and t.wall < 0.01 for t in report.tests if t.name != "long")
    # ...and the long one had been let go by the time it ended: any CPU the sandbox may use.
    assert seen[long_at].count(",") >= 1, seen[long_at]


def test_quick_tests_share_a_cpu_and_a_long_one_is_let_go_locally(two_sum: Problem) -> None:
    _check_where(_run(_sequence(two_sum, 5, 5), WHERE, LocalRunner()))


def test_quick_tests_share_a_cpu_and_a_long_one_is_let_go_in_docker(
    two_sum: Problem, docker_runner: DockerRunner
) -> None:
    _check_where(_run(_sequence(two_sum, 5, 5), WHERE, docker_runner))


def _check_spike(report: Report) -> None:
    names = [t.name for t in report.tests]
    long_at = names.index("long")
    for i, t in enumerate(report.tests):
        assert t.memory_growth_kb is not None, t
        if i == long_at:
            # Its peak is read whole: the quick tests before it left the high-water mark
            # unread and unreset, and it holds this test's 80 MiB all the same.
            assert t.memory_growth_kb >= 75 * MIB, t
        else:
            assert t.memory_growth_kb < 4 * MIB, t
        if i >= long_at:  # the process's peak, on which the limit is decided, keeps it
            assert t.memory_kb is not None and t.memory_kb >= 80 * MIB, t


def test_a_spike_after_quick_tests_is_measured_locally(two_sum: Problem) -> None:
    _check_spike(_run(_sequence(two_sum, 40, 40), SPIKE_LATER, LocalRunner()))


def test_a_spike_after_quick_tests_is_measured_in_docker(
    two_sum: Problem, docker_runner: DockerRunner
) -> None:
    _check_spike(_run(_sequence(two_sum, 40, 40), SPIKE_LATER, docker_runner))


def test_the_memory_limit_sees_a_spike_among_quick_tests(two_sum: Problem) -> None:
    """300 MiB faulted in and given back in one test among quick ones, under a 256 MiB limit:
    Memory Limit Exceeded, though every quick test around it reads only its resident size."""
    code = SPIKE_LATER.replace(
        "x = bytearray(80 * 1024 * 1024)", "x = bytearray(b'1') * (300 * 1024 * 1024)"
    )
    assert code != SPIKE_LATER
    problem = _sequence(two_sum, 40, 40)
    # A time limit well above the ~0.1 s the spike takes, on a busy machine too.
    problem = replace(problem, limits=replace(problem.limits, memory_mb=256, time=2.0))
    report = judge(problem, Submission(code, "python"), LocalRunner(), Options(mode="run"))
    assert report.verdict is Verdict.MLE, report


PIN_PROBE = """
import os, subprocess, sys
sys.path.insert(0, sys.argv[1])
from judge.supervisor.supervisor import Pinning

allowed = os.sched_getaffinity(0)
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
pinning = Pinning()
pinning.pin(child.pid)
pinned = (len(os.sched_getaffinity(0)), len(os.sched_getaffinity(child.pid)), pinning.pinned)
pinning.release(child.pid)
released = (os.sched_getaffinity(0) == allowed, os.sched_getaffinity(child.pid) == allowed)
child.kill()
child.wait()
refusing = Pinning()
refusing.pin(child.pid)  # gone: the kernel refuses, and pinning stops being tried
refused = (refusing.refused, refusing.pinned, os.sched_getaffinity(0) == allowed)
refusing.pin(os.getpid())
print(pinned, released, refused, refusing.pinned)
"""


def test_pinning_pins_both_lets_both_go_and_stops_after_a_refusal() -> None:
    import subprocess
    import sys

    from .conftest import REPO

    out = subprocess.run(
        [sys.executable, "-c", PIN_PROBE, str(REPO)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    if len(os.sched_getaffinity(0)) < 2:  # one CPU: nothing to pin, nothing to refuse
        assert out.stdout.strip() == "(1, 1, False) (True, True) (False, False, True) False"
    else:
        assert out.stdout.strip() == "(1, 1, True) (True, True) (True, False, True) False"
