"""A print in a solution never fails it: output beyond the cap is cut and marked; only a
flood far beyond it (or one that never stops) is Output Limit Exceeded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.supervisor import workerlib

from .test_cli import judge as judge_cli

CHATTY = """
def two_sum(nums, target):
    for i in range(20000):
        print("debug", i, "x" * 100)  # about 2 MiB in all: twice the problem's 1 MiB cap
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
"""


def test_the_writer_cuts_beyond_the_cap_and_stops_only_a_flood() -> None:
    writer = workerlib.CappedWriter(100)
    writer.write("a" * 60)
    writer.write("b" * 60)  # 20 past the cap: cut, not a failure
    assert not writer.full
    shown = writer.take()
    assert shown.startswith("a" * 60 + "b" * 40)
    assert shown.endswith("[output cut: 20 more characters over the output limit]")
    with pytest.raises(workerlib.OutputFull):
        writer.write("c" * 100 * workerlib.FLOOD_FACTOR)
    assert writer.full


def test_a_chatty_solution_is_accepted_with_its_output_cut(tmp_path: Path) -> None:
    code = tmp_path / "chatty.py"
    code.write_text(CHATTY)
    out = judge_cli(
        "run", str(code), "--problem", "two_sum", "--sandbox", "local", "--samples", "--json"
    )
    report = json.loads(out.stdout)
    assert report["verdict"] == "AC", out.stdout[-2000:]
    first = report["tests"][0]["stdout"]
    assert first.startswith("debug 0 ")
    assert "more characters" in first and "output cut" in first
