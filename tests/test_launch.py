"""The `judge` command's entry (judge.launch): `judge run FILE.py --sandbox local` starts the
local sandbox before the CLI's imports. The run uses it; a run of another kind, a usage
error or another command leaves nothing of it behind."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from judge.launch import _early_sandbox

from .conftest import REPO, stray_sandboxes

LAUNCH = "from judge.launch import entry; entry()"
TWO_SUM = REPO / "problems/python/two_sum/solutions/accepted/hash_map.py"
LINEAR = REPO / "problems/ml/linear_regression/solutions/accepted/standardised_gd.py"


def launch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LAUNCH, *args], capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    "args, early",
    [
        (["run", "x.py", "--sandbox", "local"], True),
        (["run", "x.py", "--sandbox=local", "--json"], True),
        (["run", "x.py", "--sandbox", "docker"], False),
        (["run", "x.py"], False),  # auto: Docker where it can, known only later
        (["run", "x.sql", "--sandbox", "local"], False),
        (["run", "x.py", "--sandbox", "local", "--help"], False),
        (["list", "--sandbox", "local"], False),
    ],
)
def test_a_sandbox_starts_early_only_for_a_local_python_run(args: list[str], early: bool) -> None:
    started = _early_sandbox(args)
    try:
        assert (started is not None) is early
        if started is not None:
            assert started.kind == "python" and started.proc.poll() is None
    finally:
        if started is not None:
            started.discard()
            assert started.proc.poll() is not None


def test_the_run_uses_the_early_sandbox_and_judges_as_usual() -> None:
    out = launch("run", str(TWO_SUM), "--problem", "two_sum", "--sandbox", "local", "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["verdict"] == "AC" and len(report["tests"]) >= 20
    assert stray_sandboxes() == []


def test_a_run_of_another_kind_discards_it() -> None:
    out = launch(
        "run", str(LINEAR), "--problem", "linear_regression", "--sandbox", "local", "--json"
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["verdict"] == "AC"
    assert stray_sandboxes() == []


def test_a_usage_error_leaves_nothing_behind(tmp_path: Path) -> None:
    out = launch("run", str(tmp_path / "missing.py"), "--sandbox", "local")
    assert out.returncode == 2 and "cannot read" in out.stderr
    wrong = tmp_path / "no_such_problem.py"
    wrong.write_text("def f():\n    pass\n")
    out = launch("run", str(wrong), "--sandbox", "local")
    assert out.returncode == 2 and "no problem is called" in out.stderr
    assert stray_sandboxes() == []
