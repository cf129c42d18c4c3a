"""Memory per test: what each test added at its highest, beside the process's peak (on which
the memory limit is decided), measured by the supervisor from outside the worker."""

from __future__ import annotations

import json
from pathlib import Path

from judge.judging import Options, judge
from judge.model import Problem, Report, Submission
from judge.runners.base import Runner
from judge.runners.docker import DockerRunner
from judge.runners.local import LocalRunner
from judge.supervisor.protocol import TestEvent, decode_event

from .test_cli import TWO_SUM
from .test_cli import judge as judge_cli

# The first sample allocates and frees 80 MiB within the test: only a reset high-water mark
# sees it (sampling the resident size every 10 ms could miss it); the others allocate nothing.
SPIKE = """
def two_sum(nums, target):
    if target == 12:
        x = bytearray(80 * 1024 * 1024)
        for i in range(0, len(x), 4096):
            x[i] = 1
        del x
    return [1, 3] if target == 12 else ([0, 1] if target == 10 else [0, 3])
"""
MIB = 1024


def _spike(two_sum: Problem, runner: Runner) -> Report:
    return judge(two_sum, Submission(SPIKE, "python"), runner, Options(mode="run"))


def _check(report: Report) -> None:
    first, *rest = report.tests
    assert first.memory_growth_kb is not None and first.memory_growth_kb >= 75 * MIB
    for t in rest:
        assert t.memory_growth_kb is not None and t.memory_growth_kb < 4 * MIB, t
        assert t.memory_kb is not None and t.memory_kb >= 80 * MIB  # the process's peak


def test_each_test_reports_what_it_added_locally(two_sum: Problem) -> None:
    _check(_spike(two_sum, LocalRunner()))


def test_each_test_reports_what_it_added_in_docker(
    two_sum: Problem, docker_runner: DockerRunner
) -> None:
    _check(_spike(two_sum, docker_runner))


def test_an_event_without_per_test_memory_reads_as_unmeasured() -> None:
    line = {"event": "test", "index": 0, "status": "ok", "time": 0.1, "wall": 0.1}
    event = decode_event(json.dumps({**line, "memory_kb": 100}).encode())
    assert isinstance(event, TestEvent) and event.memory_growth_kb is None
    event = decode_event(
        json.dumps(
            {**line, "memory_kb": 900, "start_memory_kb": 500, "test_memory_kb": 800}
        ).encode()
    )
    assert isinstance(event, TestEvent) and event.memory_growth_kb == 300


def test_cli_and_json_say_which_memory_is_which(tmp_path: Path) -> None:
    code = tmp_path / "spike.py"
    code.write_text(SPIKE)
    args = ("run", str(code), "--problem", "two_sum", "--sandbox", "local", "--samples")
    out = judge_cli(*args)
    assert out.returncode == 0, out.stderr
    assert "memory used" in out.stdout
    assert "the process's peak (what the memory limit applies to)" in " ".join(out.stdout.split())
    report = json.loads(judge_cli(*args, "--json").stdout)
    used = [t["test_memory"] for t in report["tests"]]
    assert used[0] >= 75 * MIB and all(u < 4 * MIB for u in used[1:])


def test_cli_accepted_run_stands_among_the_reference_solutions(tmp_path: Path) -> None:
    accepted = TWO_SUM / "solutions" / "accepted" / "hash_map.py"
    out = judge_cli("run", str(accepted), "--problem", "two_sum", "--sandbox", "local")
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.split())
    assert "of 2 accepted reference solutions" in text and "faster than" in text
