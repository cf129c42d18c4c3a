"""SQL problems: one read-only query, any common dialect, judged on DuckDB per dataset.

prepare() reads the query in its dialect (--dialect, a `-- dialect:` comment, else the
problem's), refuses anything but one read-only query, translates it to DuckDB and builds
the job: schema, datasets and query; never the expected results. result() decodes one
dataset's result table and compares it on this side (judge.kinds.sql.compare).
"""

from __future__ import annotations

import re
from typing import Any

from judge.kind import Options, Prepared, measured, not_shown
from judge.kinds.sql.compare import compare
from judge.kinds.sql.job import build_job, query_for, rules_for
from judge.kinds.sql.settings import settings_for
from judge.kinds.sql.translate import Refusal, Translation
from judge.kinds.sql.values import BadTable, table_from_event, table_from_json
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.supervisor.protocol import TestEvent, reply_text

WINDOW_HINT = (
    "hint: this problem is meant for a window function (... OVER (PARTITION BY ... "
    "ORDER BY ...)); your query uses none"
)


MYSQL_PIPES = (
    "MySQL reads || as OR (its default SQL mode), so the query asked whether text is true; "
    "to join strings write CONCAT(a, b), or write the query in another dialect "
    "(`-- dialect: postgres`, where || joins strings)"
)


class SqlKind:
    name = "sql"
    language, takes = "sql", "a SQL query"
    # Queries run in DuckDB in a hardened child process on the host, whatever sandbox was
    # asked for: the Docker image carries no DuckDB, and the query cannot run code.
    runs_on_host = True
    speed_parts: tuple[str, ...] = ()

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Prepared | Report:
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
        # Kept here for result(): MySQL's `||` is OR, and DuckDB's error then says nothing
        # of it.
        pipes_as_or = query.dialect == "mysql" and "||" in submission.code
        job = build_job(problem, query.sql, tests, options.stop_on_failure)
        return Prepared(job, context=pipes_as_or)

    def result(
        self, problem: Problem, test: TestCase, event: TestEvent, context: Any
    ) -> TestResult:
        reply = event.reply
        status = reply_text(reply, "status")
        limits = problem.limits
        # DuckDB's messages quote the data they failed on (a query can make them quote any
        # of it: `SELECT error((SELECT string_agg(name, ',') FROM t))`): each result that
        # shows one carries the judge's own words, for a hidden dataset to show instead.
        if status in ("timeout", "memory"):  # DuckDB's own limits
            if status == "memory":
                note = reply_text(reply, "error")
                message = f"the query needed more than {limits.memory_mb} MiB"
                shown = f"{message} ({note})" if note else message
                return table_result(test, event, Verdict.MLE, shown, hidden_message=message)
            return table_result(test, event, Verdict.TLE, f"the query ran past {limits.time:g} s")
        if status == "error":
            error = reply_text(reply, "error") or "the query failed"
            if context is True and "to BOOL" in error:
                return table_result(test, event, Verdict.RTE, MYSQL_PIPES)
            return table_result(
                test,
                event,
                Verdict.RTE,
                _redacted(error) if test.hidden else error,
                hidden_message=_failed(reply_text(reply, "kind")),
            )
        if status in ("setup", "setup_error"):
            # Loading the dataset happens before the query runs, in a fresh database: a
            # dataset that does not load is a fault of the problem, not of the query.
            fault = "could not be loaded (a fault of the problem)"
            return table_result(
                test,
                event,
                Verdict.IE,
                f"dataset {test.name!r} {fault}: {reply_text(reply, 'error')}",
                hidden_message=not_shown(f"this dataset {fault}"),
            )
        if status != "ok":
            return table_result(
                test,
                event,
                Verdict.RTE,
                f"the worker said {status[:40]!r}",
                hidden_message=not_shown("the worker's answer is not one the judge knows"),
            )
        return checked(problem, test, event)

    def notice(self, problem: Problem, submission: Submission) -> str:
        """A word for the report that is not a verdict: what the translation changed to run
        the query as its dialect would (MySQL's loose GROUP BY), the window-function hint."""
        query = query_for(problem, submission)
        if not isinstance(query, Translation):
            return ""
        notes = list(query.notes)
        if settings_for(problem).window == "hint" and not query.uses_window:
            notes.append(WINDOW_HINT)
        return "; ".join(notes)

    def verify(self, problem: Problem) -> list[str]:
        from judge.kinds.sql.derive import check_expected

        return check_expected(problem)


def checked(
    problem: Problem, test: TestCase, event: TestEvent, answer: str = "the query"
) -> TestResult:
    """The verdict of a result table the worker returned for a dataset, compared here with
    the expected one; both are shown side by side (the report hides a hidden test's).
    The pandas kind judges a returned DataFrame with this too."""
    settings = settings_for(problem)
    try:
        expected = table_from_json(test.expected)
    except BadTable as exc:
        return table_result(test, event, Verdict.IE, f"the problem's expected table: {exc}")
    try:
        actual = table_from_event(event.reply)
    except BadTable as exc:
        return table_result(test, event, Verdict.RTE, f"an unreadable result: {exc}")
    tables = expected.shown(), actual.shown()
    if event.reply.get("truncated"):
        message = (
            f"{answer} returned more than {settings.max_rows} rows (expected {len(expected.rows)})"
        )
        return table_result(test, event, Verdict.WA, message, *tables)
    outcome = compare(expected, actual, rules_for(settings))
    if outcome.ok:
        return table_result(test, event, Verdict.AC, "", *tables)
    return table_result(
        test, event, Verdict.WA, outcome.message, *tables, hidden_message=outcome.withheld
    )


def table_result(
    test: TestCase,
    event: TestEvent,
    verdict: Verdict,
    message: str,
    expected: Any = None,
    actual: Any = None,
    *,
    hidden_message: str | None = None,
) -> TestResult:
    """A measured result showing the expected table (the dataset's, unless given);
    `hidden_message` as judge.kind.measured takes it."""
    shown = expected if expected is not None else _shown_expected(test)
    return measured(
        test, event, verdict, message, actual, expected=shown, hidden_message=hidden_message
    )


_DUCKDB_ERROR = re.compile(r"[A-Z][A-Za-z]{0,40}Exception")


def _failed(kind: str) -> str:
    """A hidden dataset's words for a query DuckDB stopped with an error: its kind alone."""
    named = f" with DuckDB's {kind}" if _DUCKDB_ERROR.fullmatch(kind) else ""
    return f"the query failed{named} (its message is not shown for a hidden dataset)"


def _redacted(error: str) -> str:
    """DuckDB's first line, its quoted values blanked: a hidden dataset's data stays hidden."""
    first = error.strip().splitlines()[0] if error.strip() else "the query failed"
    return re.sub(r"'[^']*'", "'…'", first)


def _shown_expected(test: TestCase) -> Any:
    try:
        return table_from_json(test.expected).shown()
    except BadTable:
        return test.expected
