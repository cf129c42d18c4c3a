"""Python function problems: LeetCode-style functions judged by the Python worker.

prepare() builds the supervisor's job: the code, the entry point and each test's arguments as
JSON (inputs only). result() reads the value a worker returned and runs the problem's checker
on this side, against the expected answer that never left the host.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from judge.checkers import check_operations, make_checker, same
from judge.kind import Options, Prepared, measured, not_shown, raised, wall_limit
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.runners.base import Job
from judge.supervisor.protocol import TestEvent, reply_text

LOAD_ALLOWANCE = 3.0  # seconds of wall time for starting the sandbox
# An answer this much larger than the expected one (as JSON) is wrong without decoding it:
# decoding a flood of tiny lists would cost the judge gigabytes.
ANSWER_FACTOR, ANSWER_SLACK = 8, 1 << 20
VALUE_SLACK = 100_000  # values an answer may hold beyond ANSWER_FACTOR x the expected one's
FAR_MORE_VALUES = "wrong answer: far more values than the expected answer"


def _values(text: str) -> int:
    """About how many values a JSON text holds (an over-count where strings hold commas or
    brackets, alike in the expected answer and a right one)."""
    return text.count(",") + text.count("[") + text.count("{")


# A hidden test's words for what the worker said (judge.kind.not_shown).
NOT_PLAIN = not_shown("the returned value is not plain data")
UNKNOWN_ANSWER = not_shown("the worker's answer is not one the judge knows")


def wall_time(limit: float, count: int) -> float:
    """The whole run's wall clock: loading, every test at its cap, restarts after kills."""
    return LOAD_ALLOWANCE + 2 * max(limit, 1.0) + (wall_limit(limit) + 0.3) * count


class PythonKind:
    name = "python"
    language, takes = "python", "Python"
    runs_on_host = False
    speed_parts: tuple[str, ...] = ("loops", "sort")  # pure Python

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Prepared | Report:
        assert problem.entry is not None
        entry = problem.entry
        limit = problem.limits.time
        payload = {
            "version": 2,
            "setup": {
                "code": submission.code,
                "entry": {
                    "function": entry.function,
                    "method": entry.method,
                    "arg_types": list(entry.arg_types),
                    "return_type": entry.return_type,
                    "in_place": entry.in_place,
                    "methods": list(entry.methods),
                },
                "output_limit": problem.limits.output_kb * 1024,
            },
            "tests": [{"input_json": encoded_input(problem, t)} for t in tests],
            "time_limit": limit,
            "wall_limit": wall_limit(limit),
            "load_limit": max(2 * limit, 2.0),
            "memory_kb": problem.limits.memory_mb * 1024,
            "stop_on_failure": options.stop_on_failure,
        }
        job = Job(
            "python",
            payload,
            problem.limits.memory_mb,
            wall_time(limit, len(tests)),
            test_timeout=wall_limit(limit) + 2.0,
        )
        return Prepared(job, context=submission.code)  # the source, for `raised`

    def result(
        self, problem: Problem, test: TestCase, event: TestEvent, context: Any
    ) -> TestResult:
        # What the worker says is the submission's to write (it runs in the worker and may
        # rewrite it): its words go with the judge's own, for a hidden test to show instead.
        status = reply_text(event.reply, "status")
        if status == "error":
            error = reply_text(event.reply, "error") or "runtime error"
            summary = raised(error, context if isinstance(context, str) else None)
            return measured(test, event, Verdict.RTE, error, hidden_message=summary)
        if status == "unserializable":
            error = reply_text(event.reply, "error")
            return measured(test, event, Verdict.WA, error, hidden_message=NOT_PLAIN)
        if status != "ok":
            message = f"the worker said {status[:40]!r}"
            return measured(test, event, Verdict.RTE, message, hidden_message=UNKNOWN_ANSWER)
        value = event.reply.get("value")
        if not isinstance(value, str):
            return measured(test, event, Verdict.RTE, "the worker's answer carries no value")
        size = len(value) * 3 // 4  # the answer's JSON, in bytes
        # The expected answer's JSON only for a large answer (most never need it): an answer
        # of at most VALUE_SLACK characters holds at most that many values, and is small.
        expected = json.dumps(test.expected) if size > min(ANSWER_SLACK, VALUE_SLACK) else ""
        if size > ANSWER_SLACK and size > ANSWER_FACTOR * len(expected) + ANSWER_SLACK:
            return measured(
                test, event, Verdict.WA, "wrong answer: far larger than the expected answer"
            )
        try:
            text = base64.b64decode(value, validate=True).decode("utf-8", "surrogatepass")
            # Decoded, each value costs the host 30-70 bytes however short its text (`{},`
            # is three): the number of values is bounded like the size, before decoding.
            if expected and _values(text) > ANSWER_FACTOR * _values(expected) + VALUE_SLACK:
                return measured(test, event, Verdict.WA, FAR_MORE_VALUES)
            actual = json.loads(text)
        except (ValueError, RecursionError):
            return measured(test, event, Verdict.WA, "wrong answer: the value cannot be read")
        ok, note = self.check(problem, test, actual)
        if ok:
            return measured(test, event, Verdict.AC, "", actual)
        message = ("wrong answer " + note).strip()
        # A problem's own checker words its notes as its author likes: they may quote the
        # answer, which the submission chose (it could be the input), or the input itself.
        own = not_shown("wrong answer") if note and problem.checker.name == "custom" else None
        return measured(test, event, Verdict.WA, message, actual, hidden_message=own)

    def check(self, problem: Problem, test: TestCase, actual: Any) -> tuple[bool, str]:
        entry = problem.entry
        assert entry is not None
        check = _checker(problem)
        if entry.design:
            return check_operations(check, problem.checker, test.args, test.expected, actual)
        ok, note = check(test.args, test.expected, actual)
        if not ok and entry.in_place is not None and _unchanged(test.args, entry.in_place, actual):
            name = entry.in_place_name
            note = (
                f"({name} was not modified in place: what is judged is the {name} passed in, "
                f"after the call; assigning a new value to the name {name} leaves it as it was)"
            )
        return ok, note

    def notice(self, problem: Problem, submission: Submission) -> str:
        return ""

    def verify(self, problem: Problem) -> list[str]:
        return []


def _unchanged(args: Any, index: int, actual: Any) -> bool:
    return isinstance(args, list) and index < len(args) and same(args[index], actual)


def encoded_input(problem: Problem, test: TestCase) -> bytes:
    """The worker's input for the test, `{"args": [...]}` as JSON bytes, encoded once per
    loaded test (large tests are megabytes); remembered in the problem's memo, keyed by the
    test object itself."""
    key = ("python-input", id(test))
    hit = problem.memo.get(key)
    if hit is not None and hit[0] is test:
        return bytes(hit[1])
    args = test.args_json or json.dumps(test.args, ensure_ascii=True).encode("ascii")
    data = b'{"args":' + args + b"}"
    problem.memo.pop(key, None)
    problem.remember(key, lambda: (test, data), limit=50_000)
    return data


def _checker(problem: Problem) -> Any:
    return problem.remember(
        ("python-checker", str(problem.path), repr(problem.checker)),
        lambda: make_checker(problem.checker, problem.path),
    )
