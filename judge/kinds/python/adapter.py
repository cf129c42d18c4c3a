"""Python function problems: LeetCode-style functions judged by the Python harness."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from judge.checkers import make_checker
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.runners.base import Job

if TYPE_CHECKING:
    from judge.judging import Options

STATUS_VERDICT = {
    "timeout": (Verdict.TLE, "time limit exceeded"),
    "memory": (Verdict.MLE, "memory limit exceeded"),
    "output": (Verdict.OLE, "printed more output than allowed"),
}
LOAD_ALLOWANCE = 3.0  # seconds for interpreter start and import, on top of the tests' limits


def wall_time(problem: Problem, count: int) -> float:
    per_test = problem.limits.time + 0.25
    return LOAD_ALLOWANCE + 2 * problem.limits.time + per_test * count


def test_timeout(problem: Problem) -> float:
    """When the host kills a test its own timer could not stop (a long call into C)."""
    return 2 * problem.limits.time + 0.5


class PythonAdapter:
    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Job | Report:
        if submission.language != "python":
            return Report(
                problem.slug,
                Verdict.CE,
                (),
                f"problem {problem.slug!r} takes Python, not {submission.language}",
            )
        assert problem.entry is not None
        entry = problem.entry
        payload = {
            "version": 1,
            "code": submission.code,
            "entry": {
                "function": entry.function,
                "method": entry.method,
                "arg_types": list(entry.arg_types),
                "return_type": entry.return_type,
            },
            "tests": [{"args_json": encoded_args(t)} for t in tests],
            "time_limit": problem.limits.time,
            "memory_kb": problem.limits.memory_mb * 1024,
            "output_limit": problem.limits.output_kb * 1024,
            "stop_on_failure": options.stop_on_failure,
        }
        return Job(
            "pyharness",
            payload,
            problem.limits.memory_mb,
            wall_time(problem, len(tests)),
            test_timeout=test_timeout(problem),
        )

    def result(self, problem: Problem, test: TestCase, event: dict[str, Any]) -> TestResult:
        status = str(event.get("status"))
        if status in STATUS_VERDICT:
            return test_result(test, event, *STATUS_VERDICT[status])
        if status == "error":
            return test_result(test, event, Verdict.RTE, str(event.get("error", "")))
        if status == "unserializable":
            return test_result(test, event, Verdict.WA, str(event.get("error", "")))
        if status != "ok":
            return test_result(test, event, Verdict.IE, f"unknown test status {status!r}")
        try:
            actual = json.loads(str(event.get("value_json")))
        except json.JSONDecodeError:
            return test_result(test, event, Verdict.IE, "unreadable output")
        ok, note = _checker(problem)(test.args, test.expected, actual)
        if ok:
            return test_result(test, event, Verdict.AC, "", actual)
        return test_result(test, event, Verdict.WA, ("wrong answer " + note).strip(), actual)


def test_result(
    test: TestCase, event: dict[str, Any], verdict: Verdict, message: str, actual: Any = None
) -> TestResult:
    """A result carrying the harness's measurements for this test."""
    memory = event.get("memory_kb")
    return TestResult(
        name=test.name,
        hidden=test.hidden,
        verdict=verdict,
        time=_number(event.get("time")),
        memory_kb=memory if isinstance(memory, int) and not isinstance(memory, bool) else None,
        message=message,
        input=test.args,
        expected=test.expected,
        actual=actual,
        stdout=str(event.get("stdout") or ""),
    )


_ARGS: dict[int, tuple[TestCase, str]] = {}


def encoded_args(test: TestCase) -> str:
    """The test's arguments as JSON, encoded once per loaded test (large tests are megabytes)."""
    hit = _ARGS.get(id(test))
    if hit is not None and hit[0] is test:
        return hit[1]
    if len(_ARGS) > 20_000:
        _ARGS.clear()
    text = json.dumps(test.args)
    _ARGS[id(test)] = (test, text)
    return text


_CHECKERS: dict[str, Any] = {}


def _checker(problem: Problem) -> Any:
    key = str(problem.path)
    if key not in _CHECKERS:
        _CHECKERS[key] = make_checker(problem.checker, problem.path)
    return _CHECKERS[key]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
