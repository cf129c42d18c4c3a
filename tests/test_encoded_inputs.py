"""A Python problem's test inputs are encoded once and cached on disk (issue 19): the cache
follows the test files, and whatever is sent is the test's own arguments."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from judge.judging import judge
from judge.model import Submission, Verdict
from judge.problem import load_problem
from judge.runners.local import LocalRunner

from .conftest import REPO


def test_the_cached_encoding_follows_the_test_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUDGE_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "two_sum"
    shutil.copytree(REPO / "problems/python/two_sum", folder)
    (folder / "generator.py").unlink()
    hidden = [{"name": "h", "args": [[3, 4, 5], 9], "expected": [1, 2]}]
    (folder / "tests/hidden.json").write_text(json.dumps(hidden))
    first = load_problem(folder)
    assert all(json.loads(t.args_json or b"") == t.args for t in first.tests)
    assert list((tmp_path / "cache/inputs").iterdir())  # written once...
    again = load_problem(folder)  # ...and read back the same
    assert [t.args_json for t in again.tests] == [t.args_json for t in first.tests]

    hidden[0] = {"name": "h", "args": [[1, 8, 2], 10], "expected": [1, 2]}
    (folder / "tests/hidden.json").write_text(json.dumps(hidden))
    changed = load_problem(folder)
    assert json.loads(changed.tests[-1].args_json or b"") == [[1, 8, 2], 10]
    code = Submission((folder / "solutions/accepted/hash_map.py").read_text(), "python")
    assert judge(changed, code, LocalRunner()).verdict is Verdict.AC


def test_a_damaged_cache_is_encoded_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_CACHE", str(tmp_path / "cache"))
    folder = REPO / "problems/python/valid_anagram"
    load_problem(folder)
    [cached] = (tmp_path / "cache/inputs").iterdir()
    cached.write_bytes(cached.read_bytes()[:-3])
    problem = load_problem(folder)
    assert all(json.loads(t.args_json or b"") == t.args for t in problem.tests)
