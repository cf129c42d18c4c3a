"""The custom checker of reorganize_string: any arrangement without equal neighbours is right,
and "" is right exactly when no arrangement exists."""

from __future__ import annotations

from judge.checkers import make_checker
from judge.model import CheckerSpec

from .conftest import REPO

FOLDER = REPO / "problems" / "python" / "reorganize_string"
check = make_checker(CheckerSpec("custom"), FOLDER)


def ok(s: str, expected: str, actual: object) -> bool:
    return check([s], expected, actual)[0]


def test_any_valid_arrangement_is_accepted() -> None:
    assert ok("aab", "aba", "aba")
    assert ok("abbcb", "babcb", "bcbab")
    assert ok("abbcb", "babcb", "babcb")
    assert ok("vvvlo", "vlvov", "vovlv")
    assert ok("a", "a", "a")
    assert ok("abc", "abc", "cba")


def test_empty_answer_is_right_only_when_impossible() -> None:
    assert ok("aa", "", "")
    assert ok("xxxy", "", "")
    okay, message = check(["aab"], "aba", "")
    assert not okay
    assert "exists" in message


def test_an_arrangement_when_none_exists_is_rejected() -> None:
    # The letters rearranged anyway, equal neighbours and all.
    assert not ok("xxxy", "", "xxyx")
    assert not ok("aa", "", "aa")
    assert not ok("aaab", "", "abaa")


def test_equal_neighbours_are_rejected() -> None:
    okay, message = check(["aabb"], "abab", "abba")
    assert not okay
    assert "side by side" in message
    assert not ok("aab", "aba", "aab")
    assert not ok("abbcb", "babcb", "bbbac")


def test_other_letters_are_rejected() -> None:
    assert not ok("aab", "aba", "ab")  # a letter dropped
    assert not ok("aab", "aba", "abab")  # a letter added
    assert not ok("aab", "aba", "aca")  # a letter changed
    assert not ok("aab", "aba", "ABA")  # case matters


def test_wrong_types_are_rejected() -> None:
    assert not ok("aab", "aba", None)
    assert not ok("aab", "aba", ["a", "b", "a"])
    assert not ok("aa", "", 0)
