"""Golden submissions: each file in tests/golden names the verdict it must get (local runner)."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.judging import Options, judge
from judge.model import Problem, Submission, Verdict
from judge.runners.local import LocalRunner

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.py"))


def expected_verdict(path: Path) -> Verdict:
    first = path.read_text().splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} must start with '# expect: VERDICT'"
    return Verdict(first.split(":", 1)[1].strip())


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_submission(path: Path, sum_pairs: Problem) -> None:
    report = judge(sum_pairs, Submission(path.read_text(), "python"), LocalRunner())
    assert report.verdict is expected_verdict(path), (report.message, report.tests)
    if report.verdict is Verdict.AC:
        assert report.passed == report.total == len(sum_pairs.tests)


def test_runtime_error_shows_only_the_users_traceback(sum_pairs: Problem) -> None:
    code = (Path(__file__).parent / "golden" / "rte_exception.py").read_text()
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    first = report.tests[0]
    assert first.verdict is Verdict.RTE
    assert 'File "solution.py", line 3, in helper' in first.message
    assert "return nums[len(nums)]" in first.message
    assert first.message.rstrip().endswith("IndexError: list index out of range")
    assert "pyharness" not in first.message


def test_syntax_error_names_line_and_column(sum_pairs: Problem) -> None:
    code = (Path(__file__).parent / "golden" / "ce_syntax.py").read_text()
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    assert report.verdict is Verdict.CE
    assert "line 2" in report.message and "def sum_and_sort(nums)" in report.message


def test_missing_function_names_what_is_expected(sum_pairs: Problem) -> None:
    report = judge(sum_pairs, Submission("x = 1\n", "python"), LocalRunner())
    assert report.verdict is Verdict.CE
    assert "'sum_and_sort'" in report.message and "class Solution" in report.message


def test_lying_object_is_not_plain_data(sum_pairs: Problem) -> None:
    code = (Path(__file__).parent / "golden" / "wa_lying_eq.py").read_text()
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    assert all(t.verdict is Verdict.WA for t in report.tests)
    assert "Anything" in report.tests[0].message


def test_overall_verdict_is_the_first_failing_tests(sum_pairs: Problem) -> None:
    code = "def sum_and_sort(nums):\n    return [sum(nums), sorted(nums)] if nums else 1 // 0\n"
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    assert [t.verdict for t in report.tests] == [Verdict.AC] * 3 + [Verdict.RTE]
    assert report.verdict is Verdict.RTE and report.passed == 3


def test_a_killed_worker_is_replaced_for_the_next_test(sum_pairs: Problem) -> None:
    # Swallowing every exception does not help: the supervisor kills the worker at the CPU
    # limit, from outside, and starts a fresh one for the next test.
    code = (
        "import os\n"
        "FIRST = not os.path.exists('started')\n"
        "open('started', 'w').close()\n"
        "def sum_and_sort(nums):\n"
        "    while FIRST:\n"
        "        try:\n"
        "            while True:\n"
        "                pass\n"
        "        except BaseException:\n"
        "            pass\n"
        "    return [sum(nums), sorted(nums)]\n"
    )
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    assert report.tests[0].verdict is Verdict.TLE
    assert "CPU" in report.tests[0].message and report.tests[0].time >= 0.5
    assert [t.verdict for t in report.tests[1:]] == [Verdict.AC] * (len(report.tests) - 1)


def test_stop_on_failure_stops_after_a_kill(sum_pairs: Problem) -> None:
    code = (Path(__file__).parent / "golden" / "tle_swallows_timeout.py").read_text()
    options = Options(stop_on_failure=True)
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner(), options)
    samples = [t for t in report.tests if not t.hidden]
    hidden = [t for t in report.tests if t.hidden]
    # Samples always all run; the first failing hidden test stops the rest.
    assert samples and all(t.verdict is Verdict.TLE for t in samples)
    assert hidden[0].verdict is Verdict.TLE
    assert len(hidden) > 1 and all(t.verdict is Verdict.SK for t in hidden[1:])


def test_printed_output_is_kept_apart_and_shown(sum_pairs: Problem) -> None:
    code = "def sum_and_sort(nums):\n    print('debug', nums)\n    return [1, []]\n"
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    assert report.tests[0].verdict is Verdict.WA
    assert report.tests[0].stdout == "debug [3, 1, 2]\n"


def test_samples_mode_runs_only_samples(sum_pairs: Problem) -> None:
    code = (Path(__file__).parent / "golden" / "ac_plain.py").read_text()
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner(), Options(mode="run"))
    assert [t.name for t in report.tests] == ["s1"]


def test_hidden_details_follow_the_reveal_policy(sum_pairs: Problem) -> None:
    code = "def sum_and_sort(nums):\n    return [0, []]\n"
    hidden = judge(sum_pairs, Submission(code, "python"), LocalRunner()).tests[1]
    assert (
        hidden.hidden and hidden.input is None and hidden.expected is None and hidden.actual is None
    )
    shown = judge(
        sum_pairs, Submission(code, "python"), LocalRunner(), Options(reveal="input")
    ).tests[1]
    assert shown.input == [[5, -1]] and shown.expected is None
    full = judge(sum_pairs, Submission(code, "python"), LocalRunner(), Options(reveal="all")).tests[
        1
    ]
    assert full.expected == [4, [-1, 5]] and full.actual == [0, []]


def test_wrong_language_is_refused(sum_pairs: Problem) -> None:
    report = judge(sum_pairs, Submission("select 1", "sql"), LocalRunner())
    assert report.verdict is Verdict.CE and "Python" in report.message


def test_tests_after_an_output_flood_are_not_run(sum_pairs: Problem) -> None:
    code = (Path(__file__).parent / "golden" / "ole_print_flood.py").read_text()
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    assert report.tests[0].verdict is Verdict.OLE
    assert all(t.verdict is Verdict.SK for t in report.tests[1:])


def test_a_long_call_into_c_is_stopped_at_the_cpu_limit(sum_pairs: Problem) -> None:
    code = (Path(__file__).parent / "golden" / "tle_long_c_call.py").read_text()
    report = judge(sum_pairs, Submission(code, "python"), LocalRunner())
    # The supervisor kills the worker mid-call: no timer inside the process is needed.
    assert report.tests[0].verdict is Verdict.TLE
    assert report.tests[0].time is not None and 0.5 <= report.tests[0].time < 1.0
