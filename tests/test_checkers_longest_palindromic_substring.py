"""The custom checker of longest_palindromic_substring: any longest palindrome is right."""

from __future__ import annotations

from judge.checkers import make_checker
from judge.model import CheckerSpec

from .conftest import REPO

FOLDER = REPO / "problems" / "python" / "longest_palindromic_substring"
check = make_checker(CheckerSpec("custom"), FOLDER)


def ok(s: str, expected: str, actual: object) -> bool:
    return check([s], expected, actual)[0]


def test_any_longest_palindrome_is_accepted() -> None:
    assert ok("xyz", "x", "x")
    assert ok("xyz", "x", "z")
    assert ok("abacab", "bacab", "bacab")
    assert ok("abbaXcddc", "abba", "cddc")
    assert ok("q", "q", "q")


def test_shorter_palindrome_is_rejected() -> None:
    okay, message = check(["cbbd"], "bb", "b")
    assert not okay
    assert "length 1" in message
    assert not ok("forgeeksskeegfor", "geeksskeeg", "eeksskee")


def test_not_a_palindrome_is_rejected() -> None:
    # The longest common substring of s and its reverse, a classic wrong answer.
    assert not ok("abacdfgdcaba", "aba", "abacd")
    assert not ok("ab", "a", "ab")


def test_not_a_substring_is_rejected() -> None:
    assert not ok("abcd", "a", "aba")
    assert not ok("abcd", "a", "e")
    assert not ok("Aba", "A", "aba")  # case matters


def test_wrong_types_are_rejected() -> None:
    assert not ok("aa", "aa", None)
    assert not ok("aa", "aa", ["a", "a"])
    assert not ok("a", "a", 1)
