"""The custom checker of course_schedule_ii: any order of all the courses that puts every
prerequisite first is right, and [] is right exactly when the prerequisites have a cycle."""

from __future__ import annotations

from judge.checkers import make_checker
from judge.model import CheckerSpec

from .conftest import REPO

FOLDER = REPO / "problems" / "python" / "course_schedule_ii"
check = make_checker(CheckerSpec("custom"), FOLDER)

DIAMOND = [4, [[1, 0], [2, 0], [3, 1], [3, 2]]]
CYCLE = [3, [[0, 1], [1, 2], [2, 0]]]


def ok(args: list[object], expected: object, actual: object) -> bool:
    return check(args, expected, actual)[0]


def test_any_valid_order_is_accepted() -> None:
    assert ok(DIAMOND, [0, 1, 2, 3], [0, 1, 2, 3])
    assert ok(DIAMOND, [0, 1, 2, 3], [0, 2, 1, 3])
    assert ok([1, []], [0], [0])
    assert ok([3, []], [0, 1, 2], [2, 0, 1])
    assert ok([2, [[0, 1]]], [1, 0], [1, 0])


def test_empty_answer_is_right_only_for_a_cycle() -> None:
    assert ok(CYCLE, [], [])
    okay, message = check(DIAMOND, [0, 1, 2, 3], [])
    assert not okay
    assert "exists" in message


def test_an_order_when_there_is_a_cycle_is_rejected() -> None:
    okay, message = check(CYCLE, [], [0, 1, 2])
    assert not okay
    assert "cycle" in message
    # The courses outside the cycle, as Kahn's algorithm without its final check returns.
    assert not ok([4, [[1, 2], [2, 1], [3, 0]]], [], [0, 3])


def test_a_prerequisite_after_its_course_is_rejected() -> None:
    okay, message = check(DIAMOND, [0, 1, 2, 3], [3, 1, 2, 0])  # the order reversed
    assert not okay
    assert "before its prerequisite" in message
    assert not ok(DIAMOND, [0, 1, 2, 3], [0, 1, 3, 2])
    assert not ok([2, [[0, 1]]], [1, 0], [0, 1])


def test_missing_repeated_and_extra_courses_are_rejected() -> None:
    assert not ok(DIAMOND, [0, 1, 2, 3], [0, 1, 3])  # missing
    assert not ok(DIAMOND, [0, 1, 2, 3], [0, 1, 1, 2, 3])  # repeated
    assert not ok(DIAMOND, [0, 1, 2, 3], [0, 0, 1, 3])  # repeated instead of one
    assert not ok(DIAMOND, [0, 1, 2, 3], [0, 1, 2, 3, 4])  # a course that does not exist
    assert not ok(DIAMOND, [0, 1, 2, 3], [-1, 0, 1, 2, 3])
    assert not ok([3, []], [0, 1, 2], [1, 2, 3])  # numbered from 1


def test_answers_of_the_wrong_type_are_rejected() -> None:
    assert not ok(DIAMOND, [0, 1, 2, 3], None)
    assert not ok(DIAMOND, [0, 1, 2, 3], "0123")
    assert not ok(DIAMOND, [0, 1, 2, 3], [0.0, 1.0, 2.0, 3.0])
    assert not ok(DIAMOND, [0, 1, 2, 3], [[0], [1], [2], [3]])
    assert not ok([2, []], [0, 1], [False, True])
    assert not ok(CYCLE, [], None)
    assert not ok(CYCLE, [], [None])
