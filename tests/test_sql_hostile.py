"""Hostile SQL gets a verdict and harms nothing.

Two layers are tested: the policy refuses queries before anything runs (a Compile Error
with a clear message), and the harness's DuckDB is locked down for whatever gets past it
(jobs sent to the harness directly, skipping the policy).
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from judge.judging import Options, judge
from judge.kinds.sql.job import build_job
from judge.kinds.sql.settings import Column, Schema, TableSchema
from judge.kinds.sql.translate import Refusal, translate
from judge.model import Limits, Problem, Report, Submission, Verdict
from judge.problem import load_problem
from judge.runners.local import LocalRunner
from judge.supervisor.protocol import TestEvent

from .conftest import REPO

RUNNER = LocalRunner()
SCHEMA = Schema(
    (
        TableSchema("Employee", (Column("id", "INTEGER"), Column("salary", "INTEGER"))),
        TableSchema("Department", (Column("id", "INTEGER"), Column("name", "VARCHAR"))),
    )
)


@pytest.fixture(scope="module")
def problem() -> Problem:
    loaded = load_problem(REPO / "problems" / "sql" / "second_highest_salary")
    # Short limits keep the runaway queries quick; three datasets are enough here.
    return replace(loaded, limits=Limits(0.5, 128, 256), tests=loaded.tests[:3])


def run(problem: Problem, code: str, dialect: str = "duckdb") -> Report:
    return judge(problem, Submission(code, "sql", dialect), RUNNER, Options())


# --- refused before running ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("SELECT * FROM read_csv('/etc/passwd')", "read_csv"),
        ("SELECT * FROM read_csv_auto('/etc/passwd')", "read_csv_auto"),
        ("SELECT * FROM read_parquet('x.parquet')", "read_parquet"),
        ("SELECT * FROM Employee, read_text('/etc/passwd') t", "read_text"),
        ("SELECT * FROM '/etc/passwd'", "reading files"),
        ('SELECT * FROM "data.csv"', "reading files"),
        ("SELECT * FROM 's3://bucket/x.parquet'", "reading files"),
        ("SELECT * FROM glob('/*')", "glob"),
        ("SELECT * FROM query('SELECT 1')", "query"),
        ("SELECT * FROM duckdb_settings()", "duckdb_settings"),
        ("SELECT getenv('HOME') AS x", "getenv"),
        ("SELECT * FROM sqlite_scan('x.db', 't')", "sqlite_scan"),
        ("COPY (SELECT 1) TO '/tmp/judge-hostile.csv'", "COPY"),
        ("COPY Employee FROM '/etc/passwd'", "COPY"),
        ("EXPORT DATABASE '/tmp/judge-hostile'", "Syntax error"),
        ("ATTACH '/tmp/judge-hostile.db' AS x", "ATTACH"),
        ("DETACH x", "DETACH"),
        ("INSTALL httpfs", "INSTALL"),
        ("LOAD httpfs", "LOAD"),
        ("SET memory_limit = '64GB'", "SET"),
        ("SET threads TO 8", "SET"),
        ("PRAGMA threads = 8", "PRAGMA"),
        ("CALL pragma_version()", "CALL"),
        ("CREATE TABLE x AS SELECT 1", "CREATE"),
        ("CREATE MACRO f(x) AS x", "CREATE"),
        ("DROP TABLE Employee", "DROP"),
        ("DELETE FROM Employee", "DELETE"),
        ("UPDATE Employee SET salary = 0", "UPDATE"),
        ("INSERT INTO Employee VALUES (1, 2)", "INSERT"),
        ("WITH d AS (DELETE FROM Employee RETURNING *) SELECT * FROM d", "DELETE"),
        ("SELECT * INTO copy_of FROM Employee", "INTO"),
        ("SELECT 1; SELECT 2", "2 statements"),
        ("SELECT 1; DROP TABLE Employee", "2 statements"),
        ("", "no query"),
        ("  -- just a comment\n", "no query"),
        (";", "no query"),
        ("BEGIN TRANSACTION", "transaction"),
        ("USE other", "USE"),
        ("SELECT * FROM other_db.Employee", "by their name alone"),
        ("SELECT * FROM NoSuchTable", "unknown table"),
        ("SELECT $1", "parameter"),
    ],
)
def test_refused_with_a_clear_message(query: str, says: str) -> None:
    result = translate(query, "duckdb", SCHEMA)
    assert isinstance(result, Refusal), result
    assert says.lower() in result.message.lower()


@pytest.mark.parametrize(
    ("dialect", "query"),
    [
        ("postgres", "SELECT pg_read_file('/etc/passwd')"),
        ("mysql", "SELECT LOAD_FILE('/etc/passwd')"),
        ("mysql", "LOAD DATA INFILE '/etc/passwd' INTO TABLE Employee"),
        ("tsql", "SELECT * INTO #tmp FROM Employee"),
        ("postgres", "SELECT pg_sleep(10)"),
        ("snowflake", "COPY INTO Employee FROM @stage"),
    ],
)
def test_refused_in_other_dialects(dialect: str, query: str) -> None:
    assert isinstance(translate(query, dialect, SCHEMA), Refusal)


def test_a_refusal_is_a_compile_error_report(problem: Problem) -> None:
    report = run(problem, "SELECT * FROM read_csv('/etc/passwd')")
    assert report.verdict is Verdict.CE and report.tests == ()
    assert "read_csv" in report.message


def test_harmless_table_functions_and_prefixes_are_allowed() -> None:
    for query in (
        "SELECT * FROM range(3) t(x)",
        "SELECT * FROM generate_series(1, 3) t(x)",
        "SELECT unnest([1, 2]) AS x",
        "SELECT * FROM main.Employee",
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) "
        "SELECT * FROM r",
    ):
        assert not isinstance(translate(query, "duckdb", SCHEMA), Refusal), query


# --- stopped while running -----------------------------------------------------------------


def test_infinite_recursive_cte_hits_the_time_limit(problem: Problem) -> None:
    query = (
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
        "SELECT count(*) AS SecondHighestSalary FROM r"
    )
    report = run(problem, query, "postgres")
    assert report.verdict is Verdict.TLE
    assert report.tests[0].verdict is Verdict.TLE
    # Later datasets are skipped rather than each burning the limit again.
    assert [t.verdict for t in report.tests[1:]] == [Verdict.SK, Verdict.SK]


def test_huge_cross_join_hits_the_time_limit(problem: Problem) -> None:
    query = (
        "SELECT sum(a.range * b.range) AS SecondHighestSalary "
        "FROM range(1000000) a, range(1000000) b"
    )
    assert run(problem, query).verdict is Verdict.TLE


def test_huge_cross_join_output_is_capped(problem: Problem) -> None:
    query = "SELECT a.range AS SecondHighestSalary FROM range(100000) a, range(100000) b"
    report = run(problem, query)
    assert report.verdict is Verdict.WA
    assert "more than" in report.tests[0].message


@pytest.mark.parametrize(
    "query",
    [
        "SELECT length(string_agg(repeat('x', 1000), ',')) AS SecondHighestSalary "
        "FROM range(10000000)",
        "SELECT list(range) AS SecondHighestSalary FROM range(200000000)",
    ],
)
def test_huge_aggregation_hits_the_memory_limit(problem: Problem, query: str) -> None:
    report = run(problem, query)
    assert report.verdict in (Verdict.MLE, Verdict.TLE), report
    assert report.tests[0].verdict in (Verdict.MLE, Verdict.TLE)


def test_huge_string_result_is_too_much_output(problem: Problem) -> None:
    query = "SELECT string_agg(repeat('x', 100), ',') AS SecondHighestSalary FROM range(20000)"
    report = run(problem, query)
    assert report.verdict is Verdict.OLE


# --- the harness's own lock-down, with the policy skipped ----------------------------------


def harness_events(problem: Problem, query: str) -> list[dict[str, Any]]:
    """What the sandbox said, as plain dicts: each test's status is the worker's own when
    the supervisor found nothing wrong."""
    job = build_job(problem, query, list(problem.tests[:1]))
    out: list[dict[str, Any]] = []
    for event in RUNNER.run(job).events:
        if isinstance(event, TestEvent):
            status = event.reply.get("status") if event.status == "ok" else event.status
            out.append({**event.reply, "status": status, "error": event.reply.get("error")})
        else:
            out.append({"event": type(event).__name__, **vars(event)})
    return out


def outcome_text(events: list[dict[str, Any]]) -> str:
    return " ".join(str(e.get("error") or e.get("message") or e.get("status")) for e in events)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM '/etc/passwd'",
        "SELECT * FROM glob('/etc/*')",
    ],
)
def test_duckdb_itself_cannot_read_files(problem: Problem, query: str) -> None:
    events = harness_events(problem, query)
    text = outcome_text(events)
    assert "root:" not in text and "etc/" not in str([e.get("rows") for e in events])
    assert not any(e.get("status") == "ok" for e in events), events


@pytest.mark.parametrize(
    ("query", "path"),
    [
        ("COPY (SELECT 42) TO '{path}'", "copied.csv"),
        ("ATTACH '{path}' AS x", "attached.db"),
        ("EXPORT DATABASE '{path}'", "exported"),
    ],
)
def test_duckdb_itself_cannot_write_files(
    problem: Problem, tmp_path: Path, query: str, path: str
) -> None:
    target = tmp_path / path
    events = harness_events(problem, query.format(path=target))
    assert not target.exists()
    assert not any(e.get("status") == "ok" for e in events), events


@pytest.mark.parametrize(
    "query",
    [
        "SET threads = 8",
        "SET enable_external_access = true",
        "SET memory_limit = '64GB'",
        "SET lock_configuration = false",
        "INSTALL httpfs",
        "LOAD httpfs",
    ],
)
def test_duckdb_settings_are_locked(problem: Problem, query: str) -> None:
    events = harness_events(problem, query)
    assert not any(e.get("status") == "ok" for e in events), events


# --- what a query can make DuckDB say of a hidden dataset ---------------------------------


# Queries that make DuckDB quote a hidden dataset in what it says: an error's own text,
# an overflow's operands, values that a quote in the data splits out of the blanked quotes,
# and columns that PIVOT names after the data.
LEAKING_QUERIES = {
    "error": "SELECT error((SELECT string_agg(name, ',') FROM Employee)) AS x",
    "quote": "SELECT CAST((SELECT string_agg(name, '''') FROM Employee) AS INTEGER) AS x",
    "overflow": "SELECT (SELECT max(salary) FROM Employee) * 2147483647 AS x",
    "pivot": "SELECT * FROM (PIVOT Employee ON name USING count(*))",
}


@pytest.mark.parametrize("query", LEAKING_QUERIES.values(), ids=LEAKING_QUERIES.keys())
def test_duckdb_cannot_be_made_to_quote_a_hidden_dataset(query: str) -> None:
    problem = load_problem(REPO / "problems" / "sql" / "department_highest_salary")
    report = run(problem, query, "duckdb")
    hidden = [t for t in report.tests if t.hidden]
    assert hidden and all(t.verdict in (Verdict.RTE, Verdict.WA) for t in hidden)
    said = json.dumps([t.message for t in hidden])
    names = {row[1] for case in problem.hidden for row in case.args["Employee"]}
    salaries = {row[2] for case in problem.hidden for row in case.args["Employee"]}
    assert names and salaries
    for name in names:
        assert not re.search(rf"\b{re.escape(name)}\b", said), (name, said)
    for salary in salaries:
        assert f"({salary} *" not in said, (salary, said)
    # Revealed, the same query's messages do quote them: the attack is not vacuous.
    options = Options(reveal="all")
    revealed = judge(problem, Submission(query, "sql", "duckdb"), RUNNER, options)
    shown = json.dumps([t.message for t in revealed.tests if t.hidden])
    assert any(re.search(rf"\b{re.escape(name)}\b", shown) for name in names) or any(
        f"({salary} *" in shown for salary in salaries
    ), shown
