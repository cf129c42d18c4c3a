"""What a hidden test's result shows under each reveal policy (judge.judging._shown), and the
judge's own words for a message that quotes the sandbox (judge.kind.raised, not_shown)."""

from __future__ import annotations

import pytest

from judge.judging import _shown
from judge.kind import MAX_NAME, not_shown, raised
from judge.model import TestResult, Verdict

INPUT = [[2, 7, 11, 15], 9]
LEAK = '{"nums": [2, 7, 11, 15], "target": 9}'
NOT_PLAIN = not_shown("the returned value is not plain data")


def result(
    message: str,
    hidden_message: str | None = None,
    hidden: bool = True,
    verdict: Verdict = Verdict.WA,
) -> TestResult:
    return TestResult(
        "answer-at-the-far-end",
        hidden,
        verdict,
        0.01,
        9000,
        message,
        input=INPUT,
        expected=[0, 1],
        actual=None,
        stdout="printed",
        hidden_message=hidden_message,
    )


def test_a_message_quoting_the_sandbox_gives_way_to_the_judges_words() -> None:
    quoted = result(f"returned a {LEAK}, which is not plain data", NOT_PLAIN)
    shown = _shown(quoted, "none", "hidden-2")
    assert shown.message == (
        "the returned value is not plain data (details are not shown for a hidden test)"
    )
    assert shown.name == "hidden-2" and shown.input is None and shown.expected is None
    assert shown.stdout == "" and shown.verdict is Verdict.WA
    assert shown.time == 0.01 and shown.memory_kb == 9000


@pytest.mark.parametrize("reveal", ["input", "all"])
def test_revealed_hidden_tests_keep_the_sandboxs_words(reveal: str) -> None:
    quoted = result(f"returned a {LEAK}, which is not plain data", NOT_PLAIN)
    shown = _shown(quoted, reveal, "hidden-2")  # type: ignore[arg-type]
    assert shown.message == quoted.message and shown.name == "answer-at-the-far-end"
    assert shown.input == INPUT


@pytest.mark.parametrize("reveal", ["none", "input", "all"])
def test_a_sample_shows_everything(reveal: str) -> None:
    sample = result(f"returned a {LEAK}, which is not plain data", NOT_PLAIN, hidden=False)
    assert _shown(sample, reveal, "hidden-0") == sample  # type: ignore[arg-type]


def test_the_judges_own_message_stays() -> None:
    own = result("time limit exceeded (CPU 1.020 s, limit 1 s)", verdict=Verdict.TLE)
    assert _shown(own, "none", "hidden-1").message == own.message


def test_an_empty_message_of_the_judges_words_is_shown_as_empty() -> None:
    quoted = result("what the worker said", "")
    assert _shown(quoted, "none", "hidden-1").message == ""


TRACEBACK = """Traceback (most recent call last):
  File "solution.py", line 7, in two_sum
    return helper(nums)
  File "solution.py", line 3, in helper
    return nums[len(nums)]
IndexError: list index out of range
"""


def test_a_traceback_is_summed_up_by_its_builtin_exception_and_where() -> None:
    assert raised(TRACEBACK) == (
        "raised IndexError at line 3, in helper (its message is not shown for a hidden test)"
    )
    quoted = result(TRACEBACK, raised(TRACEBACK), verdict=Verdict.RTE)
    assert _shown(quoted, "none", "hidden-1").message == raised(TRACEBACK)


def test_a_submissions_own_exception_and_its_message_are_not_named() -> None:
    own = TRACEBACK.replace("IndexError: list index out of range", f"Leak{LEAK}: {LEAK}")
    assert raised(own) == (
        "raised an exception at line 3, in helper (its message is not shown for a hidden test)"
    )
    # A message over several lines: the exception is named by its first line only.
    lines = TRACEBACK.replace("list index out of range", f"{LEAK}\nKeyError: x")
    assert raised(lines).startswith("raised IndexError at line 3, in helper")


def test_a_function_name_the_submission_chose_is_cut_short() -> None:
    name = "nums_2_7_11_15_target_9_" * 10
    summary = raised(TRACEBACK.replace("in helper", f"in {name}"))
    assert f"in {name[: MAX_NAME - 1]}… (" in summary and name not in summary


def test_a_forged_frame_says_no_more_than_a_line_number_and_a_name() -> None:
    forged = TRACEBACK.replace("line 3", "line 271115092") + "During handling: " + LEAK
    summary = raised(forged)
    assert LEAK not in summary and "271115092" not in summary
    assert summary == (
        "raised IndexError at line 7, in two_sum (its message is not shown for a hidden test)"
    )


def test_where_a_design_operation_raised_is_found_after_its_call() -> None:
    design = f"operation 3, get({LEAK}):\n" + TRACEBACK
    assert raised(design) == raised(TRACEBACK)


def test_no_traceback_at_all_is_an_exception_and_nothing_more() -> None:
    assert raised(LEAK) == "raised an exception (its message is not shown for a hidden test)"
    assert raised("") == "raised an exception (its message is not shown for a hidden test)"
    assert raised("ZeroDivisionError: division by zero").startswith("raised ZeroDivisionError (")


def test_an_unmarked_traceback_is_still_summed_up() -> None:
    unmarked = result(TRACEBACK, verdict=Verdict.RTE)
    assert _shown(unmarked, "none", "hidden-1").message == raised(TRACEBACK)


SOURCE = """def two_sum(nums, target):
    return helper(nums)


def helper(nums):
    return nums[len(nums)]


"""


def test_with_the_source_a_name_it_does_not_hold_is_left_out() -> None:
    assert raised(TRACEBACK, SOURCE).startswith("raised IndexError at line 3, in helper (")
    made = TRACEBACK.replace("in helper", "in kestrel_7f3a_quartz")  # a name made at run time
    assert raised(made, SOURCE) == (
        "raised IndexError at line 3 (its message is not shown for a hidden test)"
    )
    listcomp = TRACEBACK.replace("in helper", "in <listcomp>")
    assert raised(listcomp, SOURCE).startswith("raised IndexError at line 3, in <listcomp> (")
    made = TRACEBACK.replace("in helper", "in <kestrel_7f3a>")
    assert "kestrel" not in raised(made, SOURCE)


def test_with_the_source_a_line_past_its_end_is_left_out() -> None:
    far = TRACEBACK.replace("line 3", "line 2024")
    assert raised(far, SOURCE).startswith("raised IndexError in helper (")
    assert raised(far.replace("in helper", "in x_2024"), SOURCE) == (
        "raised IndexError (its message is not shown for a hidden test)"
    )
