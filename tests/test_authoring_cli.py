"""Authors at the terminal (issue 15): `judge new` writes a complete folder of each kind,
`judge verify` lists what is left to fill in, step by step, and then passes; verify also holds
the starter and the statement's examples to problem.toml and samples.json, and reports a
missing schema.sql as a failed check. Each runs `judge` in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import JUDGE, REPO

ENV = {**os.environ, "COLUMNS": "1000"}  # verify's table, one line per detail


def judge(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*JUDGE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**ENV, **env},
        timeout=600,
    )


@pytest.mark.parametrize(
    ("kind", "first_files"),
    [
        ("python", ["problem.toml", "statement.md", "generator.py", "solutions/"]),
        ("sql", ["problem.toml", "statement.md", "schema.sql", "solutions/"]),
        ("ml", ["problem.toml", "statement.md", "dataset.py", "solutions/"]),
    ],
)
def test_new_writes_a_folder_that_verify_walks_through(
    kind: str, first_files: list[str], tmp_path: Path
) -> None:
    made = judge("new", "word-count", "--kind", kind, "--pack", "mine", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "problems" / "mine" / "word_count"
    assert (folder / "problem.toml").is_file() and (folder / "tests" / "samples.json").is_file()
    assert f"judge verify {Path('problems/mine/word_count')}" in made.stdout
    out = judge("verify", str(folder), "--sandbox", "local")
    assert out.returncode == 1
    steps = [line for line in out.stdout.splitlines() if "left to fill in (" in line]
    assert len(steps) >= 4 and "(1/" in steps[0] and f"({len(steps)}/{len(steps)})" in steps[-1]
    # In the order an author works: metadata, statement, data, solutions.
    where = [next(i for i, s in enumerate(steps) if name in s) for name in first_files]
    assert where == sorted(where)
    # The toy problem itself is sound: with the TODO lines done, verify passes.
    for path in folder.rglob("*"):
        if path.is_file():
            path.write_text(path.read_text().replace("TODO:", ""))
    done = judge("verify", str(folder), "--sandbox", "local")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1/1 problems verified" in done.stdout
    # And the judge finds it through JUDGE_PROBLEMS.
    listed = judge("list", JUDGE_PROBLEMS=str(tmp_path / "problems"))
    assert "word_count" in listed.stdout


def test_new_refuses_a_bad_slug_and_an_existing_folder(tmp_path: Path) -> None:
    bad = judge("new", "Two Sum!", "--kind", "python", cwd=tmp_path)
    assert bad.returncode == 2 and "not a slug" in bad.stderr
    assert judge("new", "x1", "--kind", "sql", cwd=tmp_path).returncode == 0
    again = judge("new", "x1", "--kind", "sql", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr


def _copy(tmp_path: Path, pack: str, slug: str) -> Path:
    folder = tmp_path / pack / slug
    shutil.copytree(REPO / "problems" / pack / slug, folder)
    return folder


def test_verify_checks_the_starter_defines_the_name(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "python", "two_sum")
    starter = folder / "starter.py"
    starter.write_text(starter.read_text().replace("two_sum(", "twosum("))
    out = judge("verify", str(folder), "--sandbox", "local")
    assert out.returncode == 1
    assert "starter.py: does not define two_sum" in out.stdout


def test_verify_checks_the_statement_examples_against_the_samples(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "python", "two_sum")
    statement = folder / "statement.md"
    text = statement.read_text()
    assert "nums = [5, 5], target = 10           ->  [0, 1]" in text
    statement.write_text(
        text.replace("->  [0, 1]", "->  [0, 2]").replace("target = 7 ", "target = 8 ")
    )
    out = judge("verify", str(folder), "--sandbox", "local")
    assert out.returncode == 1
    assert "disagrees with tests/samples.json, whose sample-2 expects [0, 1]" in out.stdout
    assert "target = 8" in out.stdout and "is not a test in tests/samples.json" in out.stdout


def test_verify_reports_a_missing_schema_as_a_failed_check(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "sql", "consecutive_numbers")
    (folder / "schema.sql").unlink()
    out = judge("verify", str(folder), "--sandbox", "local")
    assert out.returncode == 1, out.stderr  # a failed check, not a usage error (2)
    assert "FAIL" in out.stdout and "schema file is missing" in out.stdout
    assert "0/1 problems verified; failing: consecutive_numbers" in out.stdout


def test_verify_checks_a_sql_statements_result_table_against_the_samples(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "sql", "consecutive_numbers")
    statement = folder / "statement.md"
    shown = "| ConsecutiveNums |\n|-----------------|\n| 6 |"
    assert shown in statement.read_text()
    statement.write_text(statement.read_text().replace(shown, shown.replace("6", "7")))
    out = judge("verify", str(folder), "--sandbox", "local")
    assert out.returncode == 1
    assert "Result table 1 (ConsecutiveNums; 1 row) is no sample's expected result" in out.stdout
