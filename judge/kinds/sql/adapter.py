"""SQL problems: one read-only query, any common dialect, judged on DuckDB per dataset.

prepare() reads the query in its dialect (--dialect, a `-- dialect:` comment, else the
problem's), refuses anything but one read-only query, translates it to DuckDB and builds
the job: schema, datasets and query; never the expected results. result() decodes one
dataset's result table and compares it on this side (judge.kinds.sql.compare).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from judge.kinds.sql.compare import Rules, compare
from judge.kinds.sql.settings import SqlSettings, normalise_dataset, settings_for
from judge.kinds.sql.translate import Refusal, Translation, translate
from judge.kinds.sql.values import BadTable, table_from_event, table_from_json
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.problem import ProblemError
from judge.runners.base import Job

if TYPE_CHECKING:
    from judge.judging import Options

LOAD_ALLOWANCE = 3.0  # seconds: interpreter start and `import duckdb`
SETUP_ALLOWANCE = 0.5  # seconds per dataset: a fresh database and its rows
WINDOW_HINT = (
    "hint: this problem is meant for a window function (... OVER (PARTITION BY ... "
    "ORDER BY ...)); your query uses none"
)


def wall_time(problem: Problem, count: int) -> float:
    return (
        LOAD_ALLOWANCE + 2 * problem.limits.time + (problem.limits.time + SETUP_ALLOWANCE) * count
    )


def rules_for(settings: SqlSettings) -> Rules:
    return Rules(settings.ordered, settings.tolerance, settings.decimals)


def query_for(problem: Problem, submission: Submission) -> Translation | Refusal:
    settings = settings_for(problem)
    return translate(submission.code, submission.dialect or settings.dialect, settings.schema)


def build_job(
    problem: Problem, query: str, tests: list[TestCase], stop_on_failure: bool = False
) -> Job:
    """The harness job for a DuckDB query over the tests' datasets (inputs only)."""
    settings = settings_for(problem)
    datasets = []
    for test in tests:
        dataset, errors = normalise_dataset(settings.schema, test.args)
        if errors:
            raise ProblemError(
                f"{problem.path / 'tests'}: problem {problem.slug!r}: dataset {test.name!r}: "
                + "; ".join(errors)
            )
        datasets.append(dataset)
    payload = {
        "version": 1,
        "query": query,
        "tables": settings.schema.for_harness(),
        "datasets": datasets,
        "time_limit": problem.limits.time,
        "memory_mb": problem.limits.memory_mb,
        "max_rows": settings.max_rows,
        "output_limit": problem.limits.output_kb * 1024,
        "stop_on_failure": stop_on_failure,
    }
    return Job("sqlharness", payload, problem.limits.memory_mb, wall_time(problem, len(tests)))


class SqlAdapter:
    # Queries run in DuckDB in a hardened child process on the host, whatever sandbox was
    # asked for: the Docker image carries no DuckDB, and the query cannot run code.
    runs_locally = True

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Job | Report:
        if submission.language != "sql":
            return Report(
                problem.slug,
                Verdict.CE,
                (),
                f"problem {problem.slug!r} takes a SQL query, not {submission.language}",
            )
        query = query_for(problem, submission)
        if isinstance(query, Refusal):
            return Report(problem.slug, Verdict.CE, (), query.message)
        if settings_for(problem).window == "required" and not query.uses_window:
            return Report(
                problem.slug,
                Verdict.WA,
                (),
                "this problem requires a window function (... OVER (...)); your query uses none",
            )
        return build_job(problem, query.sql, tests, options.stop_on_failure)

    def result(self, problem: Problem, test: TestCase, event: dict[str, Any]) -> TestResult:
        status = str(event.get("status"))
        limits = problem.limits
        if status == "timeout":
            return _result(test, event, Verdict.TLE, f"the query ran past {limits.time:g} s")
        if status == "memory":
            note = str(event.get("error") or "").strip()
            message = f"the query needed more than {limits.memory_mb} MiB"
            return _result(test, event, Verdict.MLE, f"{message} ({note})" if note else message)
        if status == "output":
            return _result(
                test, event, Verdict.OLE, f"the result is larger than {limits.output_kb} KiB"
            )
        if status == "error":
            error = str(event.get("error") or "the query failed")
            return _result(test, event, Verdict.RTE, _redacted(error) if test.hidden else error)
        if status == "skipped":
            return _result(test, event, Verdict.SK, str(event.get("error") or "not run"))
        if status == "setup_error":
            return _result(
                test,
                event,
                Verdict.IE,
                f"dataset {test.name!r} could not be loaded (a fault of the problem): "
                f"{event.get('error')}",
            )
        if status != "ok":
            return _result(test, event, Verdict.IE, f"unknown test status {status!r}")
        return self._checked(problem, test, event)

    def _checked(self, problem: Problem, test: TestCase, event: dict[str, Any]) -> TestResult:
        settings = settings_for(problem)
        try:
            expected = table_from_json(test.expected)
            actual = table_from_event(event)
        except BadTable as exc:
            return _result(test, event, Verdict.IE, str(exc))
        shown = {"expected": expected.shown(), "actual": actual.shown()}
        if event.get("truncated"):
            message = (
                f"the query returned more than {settings.max_rows} rows "
                f"(expected {len(expected.rows)})"
            )
            return _result(test, event, Verdict.WA, message, **shown)
        outcome = compare(expected, actual, rules_for(settings))
        if outcome.ok:
            return _result(test, event, Verdict.AC, "", **shown)
        return _result(test, event, Verdict.WA, outcome.message, **shown)

    def notice(self, problem: Problem, submission: Submission) -> str:
        """A word for the report that is not a verdict: the window-function hint."""
        if settings_for(problem).window != "hint":
            return ""
        query = query_for(problem, submission)
        return WINDOW_HINT if isinstance(query, Translation) and not query.uses_window else ""

    def verify(self, problem: Problem) -> list[str]:
        from judge.kinds.sql.derive import check_expected

        return check_expected(problem)


def _result(
    test: TestCase,
    event: dict[str, Any],
    verdict: Verdict,
    message: str,
    expected: Any = None,
    actual: Any = None,
) -> TestResult:
    memory = event.get("memory_kb")
    seconds = event.get("time")
    return TestResult(
        name=test.name,
        hidden=test.hidden,
        verdict=verdict,
        time=float(seconds)
        if isinstance(seconds, (int, float)) and verdict is not Verdict.SK
        else None,
        memory_kb=memory if isinstance(memory, int) and not isinstance(memory, bool) else None,
        message=message,
        input=test.args,
        expected=expected if expected is not None else _shown_expected(test),
        actual=actual,
    )


def _redacted(error: str) -> str:
    """DuckDB's first line, its quoted values blanked: a hidden dataset's data stays hidden."""
    first = error.strip().splitlines()[0] if error.strip() else "the query failed"
    return re.sub(r"'[^']*'", "'…'", first)


def _shown_expected(test: TestCase) -> Any:
    try:
        return table_from_json(test.expected).shown()
    except BadTable:
        return test.expected
