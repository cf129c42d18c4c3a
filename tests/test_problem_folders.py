"""Broken problem folders get errors that name the file and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.problem import ProblemError, load_problem
from judge.runners.local import LocalRunner
from judge.verify import verify_folder

from .conftest import FIXTURES


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
    accepted = folder / "solutions" / "accepted"
    accepted.mkdir(parents=True)
    (accepted / "slowish.py").write_text(
        "import time\n\ndef sum_and_sort(nums):\n    time.sleep(0.3)\n    return [sum(nums), sorted(nums)]\n"
    )
    check = verify_folder(folder, LocalRunner())
    assert any("below 2 × the slowest accepted" in e for e in check.errors), check.errors
