"""The `judge` command end to end, as a user runs it (a real subprocess each time)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from judge.cli import build_parser

from .conftest import FIXTURES, JUDGE, REPO

TWO_SUM = REPO / "problems" / "python" / "two_sum"
ENV = {**os.environ, "JUDGE_PROBLEMS": os.pathsep.join([str(REPO / "problems"), str(FIXTURES)])}


def judge(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*JUDGE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=ENV,
        timeout=300,
    )


def test_run_accepted_exits_zero_with_a_table() -> None:
    out = judge(
        "run",
        str(TWO_SUM / "solutions" / "accepted" / "hash_map.py"),
        "--problem",
        "two_sum",
        "--sandbox",
        "local",
    )
    assert out.returncode == 0, out.stderr
    assert "Accepted" in out.stdout and "hidden" in out.stdout


def test_run_json_report(tmp_path: Path) -> None:
    sol = tmp_path / "two_sum.py"  # the problem comes from the file's stem
    sol.write_text((TWO_SUM / "solutions" / "wrong_answer" / "values_not_indices.py").read_text())
    out = judge("run", str(sol), "--json", "--sandbox", "local")
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["version"] == 1 and report["problem"] == "two_sum" and report["verdict"] == "WA"
    assert report["total"] == len(report["tests"]) and report["passed"] < report["total"]
    test = report["tests"][0]
    assert set(test) >= {"name", "hidden", "verdict", "time", "memory", "message"}
    hidden = [t for t in report["tests"] if t["hidden"]]
    assert hidden and all(t["expected"] is None and t["input"] is None for t in hidden)


def test_problem_from_first_line_comment(tmp_path: Path) -> None:
    sol = tmp_path / "mine.py"
    sol.write_text(
        "# problem: sum_pairs\ndef sum_and_sort(nums):\n    return [sum(nums), sorted(nums)]\n"
    )
    out = judge("run", str(sol), "--json", "--sandbox", "local")
    assert out.returncode == 0, out.stdout + out.stderr
    assert json.loads(out.stdout)["problem"] == "sum_pairs"


def test_wrong_answer_names_the_failing_test_and_reveal_shows_hidden_input(tmp_path: Path) -> None:
    sol = tmp_path / "sum_pairs.py"
    sol.write_text(
        "def sum_and_sort(nums):\n    return [sum(nums), sorted(nums)] if len(nums) != 2 else [0, []]\n"
    )
    out = judge("run", str(sol), "--sandbox", "local")
    assert out.returncode == 1
    # Without --reveal a hidden test is known by its number only, not its author's name (h1).
    assert "First failing test: hidden-1 (hidden)" in out.stdout and "--reveal" in out.stdout
    assert "h1" not in out.stdout
    out = judge("run", str(sol), "--sandbox", "local", "--reveal")
    assert "nums = [5, -1]" in out.stdout and "First failing test: h1 (hidden)" in out.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["run", "no_such_file.py"], "cannot read"),
        (["run", str(TWO_SUM / "starter.py"), "--problem", "no_such_problem"], "unknown problem"),
        (["show", "no_such_problem"], "unknown problem"),
        (
            ["run", str(TWO_SUM / "starter.py"), "--problem", "two_sum", "--sandbox", "nowhere"],
            "invalid choice",
        ),
        (["run", str(TWO_SUM / "starter.py"), "--dialect", "nosql"], "unknown SQL dialect"),
    ],
)
def test_usage_errors_exit_two_with_one_line(args: list[str], words: str) -> None:
    out = judge(*args)
    assert out.returncode == 2
    assert words in out.stderr


def test_broken_problem_folder_exits_two(tmp_path: Path) -> None:
    broken = tmp_path / "pack" / "broken"
    broken.mkdir(parents=True)
    (broken / "problem.toml").write_text("format_version = 1\n")
    sol = tmp_path / "broken.py"
    sol.write_text("x = 1\n")
    out = subprocess.run(
        [*JUDGE, "run", str(sol)],
        capture_output=True,
        text=True,
        env={**os.environ, "JUDGE_PROBLEMS": str(tmp_path)},
        timeout=60,
    )
    assert out.returncode == 2
    assert (
        "problem.toml" in out.stderr
        and "broken" in out.stderr
        and len(out.stderr.splitlines()) == 1
    )


def test_list_show_start(tmp_path: Path) -> None:
    listed = json.loads(judge("list", "--json", "--tier", "high").stdout)
    assert any(p["slug"] == "two_sum" for p in listed) and all(p["tier"] == "high" for p in listed)
    shown = judge("show", "two_sum")
    assert shown.returncode == 0 and "Two Sum" in shown.stdout
    started = judge("start", "two_sum", cwd=tmp_path)
    assert started.returncode == 0
    text = (tmp_path / "two_sum.py").read_text()
    assert text.startswith("# problem: two_sum\n") and "def two_sum" in text
    assert judge("start", "two_sum", cwd=tmp_path).returncode == 2  # no silent overwrite
    starter = judge("run", str(tmp_path / "two_sum.py"), "--sandbox", "local", "--samples")
    assert starter.returncode == 1 and "Wrong Answer" in starter.stdout


def test_list_filters_the_metadata_index_and_warns_of_broken_folders(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(TWO_SUM, pack / "two_sum")
    shutil.copytree(REPO / "problems" / "sql" / "consecutive_numbers", pack / "consecutive_numbers")
    (pack / "broken").mkdir()
    (pack / "broken" / "problem.toml").write_text('format_version = 1\nkind = "sql"\n')
    env = {**ENV, "JUDGE_PROBLEMS": str(pack)}
    out = subprocess.run(
        [*JUDGE, "list", "--json", "--topic", "lag-lead"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode == 0
    assert [p["slug"] for p in json.loads(out.stdout)] == ["consecutive_numbers"]
    assert "warning" in out.stderr and "broken" in out.stderr and "title" in out.stderr
    both = subprocess.run(
        [*JUDGE, "list", "--json", "--pack", "pack"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert [p["slug"] for p in json.loads(both.stdout)] == ["consecutive_numbers", "two_sum"]


def test_every_command_has_help_and_is_documented() -> None:
    parser = build_parser()
    readme = (REPO / "README.md").read_text()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    helps = {a.dest: a.help for a in sub._choices_actions}  # type: ignore[attr-defined]
    for name in sub.choices:  # type: ignore[union-attr]
        assert helps.get(name), f"`judge {name}` has no help text"
        assert f"judge {name}" in readme, f"`judge {name}` is not documented in README.md"
