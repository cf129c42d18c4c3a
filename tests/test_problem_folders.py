"""Broken problem folders get errors that name the file and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.kinds.ml.settings import settings_of
from judge.kinds.sql.settings import settings_for
from judge.model import MlConfig, SqlConfig
from judge.problem import ProblemError, load_problem
from judge.runners.local import LocalRunner
from judge.verify import ProblemCheck, verify_folder

from .conftest import FIXTURES, REPO


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "pack" / "sum_pairs"
    shutil.copytree(FIXTURES / "basic" / "sum_pairs", target)
    return target


def test_fixture_loads(folder: Path) -> None:
    problem = load_problem(folder)
    assert problem.slug == "sum_pairs" and problem.pack == "pack"
    assert [t.name for t in problem.samples] == ["s1"] and len(problem.hidden) == 3


@pytest.mark.parametrize(
    ("change", "file", "words"),
    [
        (lambda f: (f / "problem.toml").unlink(), "problem.toml", "no problem.toml"),
        (lambda f: (f / "problem.toml").write_text("title = ["), "problem.toml", "not valid TOML"),
        (
            lambda f: _edit(f / "problem.toml", "format_version = 1", "format_version = 9"),
            "problem.toml",
            "format_version",
        ),
        (
            lambda f: _edit(
                f / "problem.toml", 'difficulty = "easy"', 'difficulty = "easy"\ncolour = 1'
            ),
            "problem.toml",
            "colour",
        ),
        (
            lambda f: _edit(f / "problem.toml", "time = 0.5", "time = -1"),
            "problem.toml",
            "limits.time",
        ),
        (lambda f: (f / "statement.md").unlink(), "statement.md", "missing"),
        (lambda f: (f / "starter.py").write_text("  \n"), "starter.py", "empty"),
        (lambda f: (f / "tests" / "hidden.json").write_text("[{"), "hidden.json", "not valid JSON"),
        (
            lambda f: (f / "tests" / "samples.json").write_text('[{"args": []}]'),
            "samples.json",
            "'args' and 'expected'",
        ),
        (
            lambda f: (f / "tests" / "samples.json").write_text("[]"),
            "samples.json",
            "at least one sample",
        ),
        (
            lambda f: _edit(f / "problem.toml", 'name = "exact"', 'name = "custom"'),
            "checker.py",
            "custom",
        ),
    ],
)
def test_broken_folder(folder: Path, change, file: str, words: str) -> None:  # type: ignore[no-untyped-def]
    change(folder)
    with pytest.raises(ProblemError) as err:
        load_problem(folder)
    message = str(err.value)
    assert file in message and "sum_pairs" in message and words in message


HEAD = """format_version = 1
title = "A Table"
difficulty = "easy"
topic = "t"

[limits]
time = 1.0
"""


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        (
            'kind = "sql"\n[sql]\ndialect = "cobol"\n',
            ["sql.dialect", "unknown SQL dialect 'cobol'"],
        ),
        ('kind = "sql"\n[sql]\nwindow = "often"\n', ["sql.window"]),
        ('kind = "sql"\n[sql]\ntolerance = -1\n', ["sql.tolerance"]),
        ('kind = "sql"\n[sql]\ncolour = 1\n', ["sql.colour", "Extra inputs"]),
        ('kind = "sql"\n[sql]\ndialect = 5\n', ["sql.dialect"]),
        ('kind = "ml"\n[function]\nname = "f"\n', ["ml: Field required"]),
        ('kind = "ml"\n[function]\nname = "f"\n[ml]\ntask = "painter"\n', ["ml.task"]),
        (
            'kind = "ml"\n[function]\nname = "f"\n[ml]\ntask = "regressor"\nrefuse = "x"\n',
            ["ml.refuse"],
        ),
        (
            'kind = "ml"\n[function]\nname = "f"\n[ml]\ntask = "regressor"\nspeed = 1\n',
            ["ml.speed"],
        ),
        (
            'kind = "python"\ntier = "high"\n[function]\nname = "f"\n[sql]\nordered = true\n',
            ["sql"],
        ),
        ('kind = "sql"\n[ml]\ntask = "regressor"\n', ["ml", "Extra inputs"]),
        ('kind = "fortran"\n', ["kind: must be 'python', 'sql' or 'ml'"]),
        ("", ["kind: Field required"]),
    ],
)
def test_a_broken_kind_table_is_refused_at_load(
    tmp_path: Path, toml: str, words: list[str]
) -> None:
    folder = tmp_path / "pack" / "a_table"
    folder.mkdir(parents=True)
    top, _, tables = toml.partition("[")  # top-level keys first, then the tables
    (folder / "problem.toml").write_text(top + HEAD + ("[" + tables if tables else ""))
    with pytest.raises(ProblemError) as err:
        load_problem(folder)
    message = str(err.value)
    assert "problem.toml" in message and "'a_table'" in message, message
    assert all(w in message for w in words), message
    assert "sql.sql" not in message and "ml.ml" not in message  # the union's tag is not shown


def test_kind_tables_are_typed_at_load_and_a_dialect_alias_is_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "sql" / "consecutive_numbers"
    shutil.copytree(REPO / "problems" / "sql" / "consecutive_numbers", folder)
    _edit(folder / "problem.toml", 'dialect = "mysql"', 'dialect = "PostgreSQL"\nordered = true')
    problem = load_problem(folder)
    assert problem.settings == SqlConfig(
        dialect="postgres",
        ordered=True,
        tolerance=1e-6,
        decimals=None,
        window="none",
        schema=folder / "schema.sql",
        reference=folder / "solutions" / "accepted" / "reference.sql",
        max_rows=1000,
    )
    assert settings_for(problem).dialect == "postgres"
    assert [t.name for t in settings_for(problem).schema.tables] == ["Logs"]
    ml = load_problem(REPO / "problems" / "ml" / "classification_metrics")
    assert isinstance(ml.settings, MlConfig) and ml.settings.task == "functions"
    assert settings_of(ml) is ml.settings
    assert load_problem(FIXTURES / "basic" / "sum_pairs").settings is None


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def test_verify_catches_wrong_folder_verdicts(folder: Path) -> None:
    accepted = folder / "solutions" / "accepted"
    accepted.mkdir(parents=True)
    (accepted / "ok.py").write_text(
        "def sum_and_sort(nums):\n    return [sum(nums), sorted(nums)]\n"
    )
    wrong = folder / "solutions" / "wrong_answer"
    wrong.mkdir()
    (wrong / "actually_right.py").write_text((accepted / "ok.py").read_text())
    check = verify_folder(folder, LocalRunner())
    by_name = {s.path.name: s for s in check.solutions}
    assert by_name["ok.py"].ok
    assert not by_name["actually_right.py"].ok and not check.ok


def test_verify_catches_a_nondeterministic_generator(folder: Path) -> None:
    (folder / "generator.py").write_text(
        "import random\n\ndef generate():\n"
        "    n = random.randint(1, 10**9)\n"
        "    return [{'args': [[n]], 'expected': [n, [n]]}]\n"
    )
    check = verify_folder(folder, LocalRunner())
    assert any("different tests" in e for e in check.errors)


def test_verify_catches_a_tight_time_limit(folder: Path) -> None:
    # 0.45 s of CPU whatever the load, under a 0.5 s limit: even the most verify forgives a
    # busy machine (LOAD_CAP) leaves it above half the limit.
    check = _verify_busy(folder, seconds=0.45, factor=1.0)
    assert any("below 2 × the slowest accepted" in e for e in check.errors), check.errors


def _verify_busy(folder: Path, seconds: float, factor: float) -> ProblemCheck:
    """Verify the folder with one accepted solution that burns `seconds` of CPU per test,
    on a local runner calibrated at `factor`."""
    accepted = folder / "solutions" / "accepted"
    accepted.mkdir(parents=True)
    (accepted / "busy.py").write_text(
        f"import time\n\ndef sum_and_sort(nums):\n    end = time.process_time() + {seconds}\n"
        "    while time.process_time() < end:\n        pass\n    return [sum(nums), sorted(nums)]\n"
    )
    runner = LocalRunner()
    runner.factor = factor
    return verify_folder(folder, runner)


def test_verify_does_not_blame_the_limit_for_a_busy_machine(folder: Path) -> None:
    # A host calibrated at factor 0.4 runs the calibration workload at 0.5 or slower now (no
    # measurement gives less): it is at least 1.25x busier than when it was calibrated, and
    # 0.12 s measured now is no more than 0.096 s at its usual speed, within 0.5 s x 0.4 / 2.
    check = _verify_busy(folder, seconds=0.12, factor=0.4)
    assert check.ok, check.errors
    assert any("at this host's usual speed" in n for n in check.notes), check.notes


def test_verify_asks_for_a_quieter_machine_beyond_the_load_it_forgives(folder: Path) -> None:
    # Calibrated at 0.25, it now runs at least twice as slow: more than LOAD_CAP forgives, and
    # 0.1 s / 1.5 is still above half of 0.5 s x 0.25.
    check = _verify_busy(folder, seconds=0.1, factor=0.25)
    assert any("verify again when it is quieter" in e for e in check.errors), check.errors


def test_verify_keeps_each_tests_fastest_time(folder: Path, tmp_path: Path) -> None:
    # Slow only in the first run (as if the machine were busy then): verify runs an accepted
    # solution near the bound again and keeps the fastest time, so the limit is not blamed.
    marker = tmp_path / "first-run-done"
    accepted = folder / "solutions" / "accepted"
    accepted.mkdir(parents=True)
    (accepted / "slow_once.py").write_text(
        "import os, time\n\ndef sum_and_sort(nums):\n"
        f"    if not os.path.exists({str(marker)!r}):\n"
        "        end = time.process_time() + 0.3\n"
        "        while time.process_time() < end:\n            pass\n"
        f"        open({str(marker)!r}, 'w').close()\n"
        "    return [sum(nums), sorted(nums)]\n"
    )
    check = verify_folder(folder, LocalRunner())
    assert marker.exists()  # the first run really was the slow one
    assert check.ok, check.errors
