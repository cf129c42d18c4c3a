"""Every Python starter runs as plain Python, as a candidate runs it before judging: its imports
and node classes are there, and its `__main__` block prints the examples beside the expected
answers. `judge start SLUG` writes the same file with a `# problem:` line on top."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import JUDGE, REPO

STARTERS = sorted((REPO / "problems" / "python").glob("*/starter.py"))
NODES = {"ListNode", "TreeNode"}


def run_alone(path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # A bare interpreter in an empty folder: nothing from the judge is importable or in scope.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSTARTUP")}
    return subprocess.run(
        [sys.executable, "-I", str(path)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )


def test_there_are_87_starters() -> None:
    assert len(STARTERS) == 87


@pytest.mark.parametrize("starter", STARTERS, ids=lambda p: p.parent.name)
def test_starter_runs_as_plain_python(starter: Path, tmp_path: Path) -> None:
    copy = tmp_path / f"{starter.parent.name}.py"
    copy.write_text(starter.read_text())
    out = run_alone(copy, tmp_path)
    assert out.returncode == 0, out.stderr
    samples = (starter.parent / "tests" / "samples.json").read_text().count('"args"')
    printed = [line for line in out.stdout.splitlines() if " expected " in line]
    assert len(printed) == samples, out.stdout  # one line per example
    text = starter.read_text()
    for node in (n for n in NODES if n in text):
        assert f"class {node}:" in text, f"{starter} uses {node} without defining it"


def test_judge_start_writes_a_file_that_runs_alone(tmp_path: Path) -> None:
    env = {**os.environ, "JUDGE_PROBLEMS": str(REPO / "problems")}
    for slug in ("two_sum", "merge_k_sorted_lists", "invert_binary_tree", "lru_cache"):
        started = subprocess.run(
            [*JUDGE, "start", slug],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=60,
        )
        assert started.returncode == 0, started.stderr
        out = run_alone(tmp_path / f"{slug}.py", tmp_path)
        assert out.returncode == 0, out.stderr
        assert " expected " in out.stdout
