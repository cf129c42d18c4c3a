"""The built-in checkers on plain data."""

from __future__ import annotations

from pathlib import Path

from judge.checkers import check_operations, make_checker, same
from judge.model import CheckerSpec


def check(name: str, expected: object, actual: object, tol: float = 1e-6) -> bool:
    return make_checker(CheckerSpec(name, tol), Path("."))(None, expected, actual)[0]


def test_exact_is_strict_about_bools_and_structure() -> None:
    assert check("exact", [1, [2, 3]], [1, [2, 3]])
    assert not check("exact", [1, 2], [2, 1])
    assert not check("exact", 1, True)
    assert not check("exact", False, 0)
    assert check("exact", 2, 2.0)
    assert not check("exact", "1", 1)
    assert not check("exact", {"a": 1}, {"a": 1, "b": 2})


def test_float_tolerance() -> None:
    assert check("float", [0.1 + 0.2], [0.3])
    assert not check("float", [1.0], [1.001], tol=1e-6)
    assert check("float", [1.0], [1.0005], tol=1e-3)
    assert check("float", float("nan"), float("nan"))
    assert not check("float", 1.0, float("nan"))


def test_unordered_top_level_only() -> None:
    assert check("unordered", [0, 1], [1, 0])
    assert not check("unordered", [0, 1], [1, 1])
    assert not check("unordered", [[1, 2]], [[2, 1]])
    assert not check("unordered", [1, 2], "12")


def test_nested_unordered_every_level() -> None:
    expected = [["eat", "tea"], ["bat"]]
    assert check("nested_unordered", expected, [["bat"], ["tea", "eat"]])
    assert not check("nested_unordered", expected, [["bat"], ["tea", "eat", "eat"]])
    assert not check("nested_unordered", expected, [["bat", "tea", "eat"]])


def test_same_compares_multisets_not_sets() -> None:
    assert not same(sorted([1, 1, 2]), sorted([1, 2, 2]))


def test_custom_checker(tmp_path: Path) -> None:
    (tmp_path / "checker.py").write_text(
        "def check(args, expected, actual):\n"
        "    return sum(actual) == args[0], 'sum must be the target'\n"
    )
    run = make_checker(CheckerSpec("custom"), tmp_path)
    assert run([5], None, [2, 3]) == (True, "sum must be the target")
    assert run([5], None, [2, 2])[0] is False
    assert run([5], None, "not a list")[0] is False  # a crashing checker is a no, not a crash


# --- class-design tests: one result per operation ---------------------------------------

OPS = [["TimeMap", "set", "get", "get"], [[], ["foo", "bar", 1], ["foo", 1], ["foo", 0]]]


def operations(
    name: str, expected: list[object], actual: object, tol: float = 1e-6
) -> tuple[bool, str]:
    spec = CheckerSpec(name, tol)
    return check_operations(make_checker(spec, Path(".")), spec, OPS, expected, actual)


def test_operations_name_the_first_that_differs() -> None:
    expected = [None, None, "bar", ""]
    assert operations("exact", expected, [None, None, "bar", ""]) == (True, "")
    ok, note = operations("exact", expected, [None, None, "baz", None])
    assert not ok
    assert note == 'at operation 2, get("foo", 1): expected "bar", got "baz"'


def test_operations_check_every_result_with_the_problems_checker() -> None:
    expected = [None, None, 0.5, 2.0]
    assert operations("float", expected, [None, None, 0.5 + 1e-9, 2.0])[0]
    ok, note = operations("float", expected, [None, None, 0.5, 2.1])
    assert not ok
    assert note.startswith('at operation 3, get("foo", 0): expected 2.0, got 2.1 (numbers')


def test_operations_refuse_a_wrong_number_of_results() -> None:
    ok, note = operations("exact", [None, None, "bar", ""], [None, None, "bar"])
    assert not ok
    assert "4 results" in note
    assert not operations("exact", [None, None, "bar", ""], "bar")[0]


def test_a_null_result_is_not_a_value() -> None:
    ok, note = operations("exact", [None, None, "bar", ""], [None, 1, "bar", ""])
    assert not ok
    assert note == 'at operation 1, set("foo", "bar", 1): expected null, got 1'
