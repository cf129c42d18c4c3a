"""The SQL kind: dialects, translation, syntax errors, comparison, verification, `judge run`.

The harness runs for real (a child process with DuckDB); problems come from problems/sql/
or are written into a temporary folder when a test needs a table of its own.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from judge import render
from judge.judging import Options, judge
from judge.kinds.sql.adapter import SqlKind
from judge.kinds.sql.compare import Rules, compare
from judge.kinds.sql.derive import check_expected, dump_tests, write_expected
from judge.kinds.sql.job import build_job
from judge.kinds.sql.settings import Column, Schema, TableSchema
from judge.kinds.sql.translate import Refusal, Translation, translate
from judge.kinds.sql.values import ResultTable, plain, table_from_event
from judge.model import Problem, Report, Submission, Verdict
from judge.problem import ProblemError, load_problem
from judge.runners.local import LocalRunner

from .conftest import JUDGE, REPO

SQL = REPO / "problems" / "sql"
RUNNER = LocalRunner()


def load(slug: str) -> Problem:
    return load_problem(SQL / slug)


def run(problem: Problem, code: str, dialect: str | None = None, mode: str = "submit") -> Report:
    options = Options(mode=mode)  # type: ignore[arg-type]
    return judge(problem, Submission(code, "sql", dialect), RUNNER, options)


def write_problem(
    folder: Path,
    schema: str,
    reference: str,
    datasets: list[dict[str, Any]],
    sql: str = "",
) -> Problem:
    """A small SQL problem: the first dataset is the sample, the rest hidden."""
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text(
        'format_version = 1\ntitle = "T"\nkind = "sql"\ndifficulty = "easy"\n'
        f"[limits]\ntime = 2.0\nmemory_mb = 256\n[sql]\n{sql}\n"
    )
    (folder / "statement.md").write_text("# T\n")
    (folder / "starter.sql").write_text("SELECT 1;\n")
    (folder / "schema.sql").write_text(schema)
    (folder / "solutions" / "accepted").mkdir(parents=True)
    (folder / "solutions" / "accepted" / "reference.sql").write_text(reference)
    (folder / "tests").mkdir()
    cases = [{"name": f"d{i}", "args": d, "expected": None} for i, d in enumerate(datasets)]
    (folder / "tests" / "samples.json").write_text(dump_tests(cases[:1]))
    (folder / "tests" / "hidden.json").write_text(dump_tests(cases[1:]))
    write_expected(folder)
    return load_problem(folder)


@pytest.fixture(scope="module")
def numbers(tmp_path_factory: pytest.TempPathFactory) -> Problem:
    """T(a, b) and the reference `SELECT a, b FROM T`: a harness for values and division."""
    return write_problem(
        tmp_path_factory.mktemp("sql") / "numbers",
        "CREATE TABLE T (a INTEGER, b INTEGER);\n",
        "-- dialect: postgres\nSELECT a, b FROM T;\n",
        [{"T": [[7, 2], [-7, 2]]}, {"T": [[1, 3]]}],
    )


# --- dialects ----------------------------------------------------------------------------


RANK_POSTGRES = """SELECT score, DENSE_RANK() OVER (ORDER BY score DESC NULLS LAST) AS "rank"
FROM Scores ORDER BY score DESC NULLS LAST"""
RANK_MYSQL = """SELECT score, DENSE_RANK() OVER (ORDER BY score DESC) AS `rank`
FROM Scores ORDER BY score DESC"""


def test_same_query_accepted_in_postgres_and_mysql() -> None:
    problem = load("rank_scores")
    assert run(problem, RANK_POSTGRES, "postgres").verdict is Verdict.AC
    assert run(problem, RANK_MYSQL, "mysql").verdict is Verdict.AC
    # NULL sorts first in a descending Postgres sort: the MySQL text means something else.
    assert run(problem, RANK_MYSQL.replace("`", '"'), "postgres").verdict is Verdict.WA


def test_dialect_comment_and_problem_default() -> None:
    problem = load("rank_scores")  # its default dialect is mysql
    assert run(problem, RANK_MYSQL).verdict is Verdict.AC
    from judge.sources import read_submission

    path = SQL / "rank_scores" / "solutions" / "accepted" / "postgres.sql"
    submission = read_submission(path)
    assert submission.dialect == "postgres"
    assert judge(problem, submission, RUNNER).verdict is Verdict.AC


@pytest.mark.parametrize(
    ("dialect", "query"),
    [
        ("sqlite", "SELECT score, DENSE_RANK() OVER (ORDER BY score DESC) AS rnk FROM Scores"),
        ("bigquery", "SELECT score, DENSE_RANK() OVER (ORDER BY score DESC) AS rnk FROM Scores"),
        ("snowflake", "SELECT score, DENSE_RANK() OVER (ORDER BY score DESC) AS rnk FROM Scores"),
        ("tsql", "SELECT TOP 5 score, DENSE_RANK() OVER (ORDER BY score DESC) AS rnk FROM Scores"),
        ("duckdb", "FROM Scores SELECT score, dense_rank() OVER (ORDER BY score DESC) AS rnk"),
        ("postgresql", "SELECT score FROM Scores"),
    ],
)
def test_other_dialects_translate(dialect: str, query: str) -> None:
    schema = Schema((TableSchema("Scores", (Column("id", "INTEGER"), Column("score", "DOUBLE"))),))
    result = translate(query, dialect, schema)
    assert isinstance(result, Translation), result
    assert "Scores" in result.sql


def test_unknown_dialect_is_a_compile_error() -> None:
    report = run(load("rank_scores"), RANK_MYSQL, "klingon")
    assert report.verdict is Verdict.CE
    assert "unknown SQL dialect 'klingon'" in report.message and "postgres" in report.message


# --- integer division ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [("postgres", [3, -3]), ("sqlite", [3, -3]), ("tsql", [3, -3]), ("mysql", [3.5, -3.5])],
)
def test_integer_division_keeps_the_dialects_meaning(
    numbers: Problem, dialect: str, expected: list[float]
) -> None:
    report = run(numbers, "SELECT a / b AS a, b FROM T", dialect, mode="run")
    actual = report.tests[0].actual
    assert [row[0] for row in actual["rows"]] == expected


def test_integer_division_decides_a_real_problem() -> None:
    problem = load("category_share")
    query = """SELECT category, COALESCE(SUM(amount), 0) AS revenue,
       ROUND(100 * COALESCE(SUM(amount), 0) / SUM(SUM(amount)) OVER (), 2) AS pct
FROM Sales GROUP BY category"""
    assert run(problem, query, "mysql").verdict is Verdict.AC  # `/` is exact division
    assert run(problem, query, "postgres").verdict is Verdict.WA  # integer division


def test_mysql_conditions_count_as_numbers() -> None:
    problem = load("game_play_analysis_iv")
    query = """SELECT ROUND(AVG(a.event_date IS NOT NULL), 2) AS fraction
FROM (SELECT player_id, MIN(event_date) AS f FROM Activity GROUP BY player_id) x
LEFT JOIN Activity a ON a.player_id = x.player_id AND a.event_date = x.f + INTERVAL 1 DAY"""
    assert run(problem, query, "mysql").verdict is Verdict.AC


# --- syntax errors -------------------------------------------------------------------------


def test_syntax_error_names_line_column_and_text() -> None:
    code = "SELECT score,\n       rank( OVER (ORDER BY score) AS r\nFROM Scores"
    report = run(load("rank_scores"), code, "postgres")
    assert report.verdict is Verdict.CE
    assert report.tests == ()
    assert "line 2, column" in report.message
    assert "rank( OVER (ORDER BY score) AS r" in report.message
    assert "\x1b[" not in report.message  # sqlglot's own message is ANSI-coloured


def test_syntax_error_position_is_exact() -> None:
    schema = Schema((TableSchema("T", (Column("a", "INTEGER"),)),))
    result = translate("SELECT a,\nFROM T WHERE (", "postgres", schema)
    assert isinstance(result, Refusal)
    assert "line 2, column 14" in result.message
    lines = result.message.splitlines()
    source = next(i for i, line in enumerate(lines) if line.strip() == "FROM T WHERE (")
    assert lines[source + 1].index("^") == lines[source].index("(")


def test_binding_error_is_a_compile_error() -> None:
    report = run(load("rank_scores"), "SELECT no_such_column FROM Scores", "postgres")
    assert report.verdict is Verdict.CE
    assert "no_such_column" in report.message


def test_python_file_is_a_pandas_answer_and_other_languages_are_refused() -> None:
    # A Python file on an SQL problem is judged as pandas (issue 17): without a function
    # taking the tables, a Compile Error says what to define.
    report = judge(load("rank_scores"), Submission("print(1)", "python"), RUNNER)
    assert report.verdict is Verdict.CE and "def rank_scores(scores)" in report.message
    report = judge(load("rank_scores"), Submission("x", "ruby"), RUNNER)
    assert report.verdict is Verdict.CE
    assert "takes a SQL query or a pandas function, not ruby" in report.message


# --- comparison ----------------------------------------------------------------------------


def table(columns: list[str], *rows: list[Any]) -> ResultTable:
    return ResultTable(tuple(columns), tuple(tuple(r) for r in rows))


def test_column_names_ignore_case_but_count_and_names_matter() -> None:
    rules = Rules()
    assert compare(table(["Rank"], [1]), table(["rank"], [1]), rules).ok
    wrong = compare(table(["a", "b"], [1, 2]), table(["a"], [1]), rules)
    assert not wrong.ok and "expected 2 columns" in wrong.message
    named = compare(table(["a", "b"], [1, 2]), table(["a", "c"], [1, 2]), rules)
    assert not named.ok and "column 2 is named 'c', expected 'b'" in named.message


def test_rows_are_a_multiset_unless_ordered() -> None:
    expected = table(["x"], [1], [2], [2])
    shuffled = table(["x"], [2], [1], [2])
    assert compare(expected, shuffled, Rules()).ok
    assert not compare(expected, table(["x"], [1], [2]), Rules()).ok  # duplicates count
    ordered = compare(expected, shuffled, Rules(ordered=True))
    assert not ordered.ok and "out of the order" in ordered.message


def test_numbers_by_value_with_tolerance_or_rounding() -> None:
    assert compare(table(["x"], [2]), table(["x"], [2.0]), Rules()).ok
    assert compare(table(["x"], [0.1 + 0.2]), table(["x"], [0.3]), Rules()).ok
    assert not compare(table(["x"], [0.3]), table(["x"], [0.31]), Rules()).ok
    two = Rules(decimals=2)
    assert compare(table(["x"], [0.33]), table(["x"], [1 / 3]), two).ok
    assert compare(table(["x"], [0.34]), table(["x"], [0.33]), two).ok  # rounding conventions
    assert not compare(table(["x"], [0.35]), table(["x"], [0.33]), two).ok
    assert not compare(table(["x"], [10**17]), table(["x"], [10**17 + 1]), Rules()).ok


def test_nulls_dates_and_booleans() -> None:
    assert compare(table(["x"], [None]), table(["x"], [None]), Rules()).ok
    assert not compare(table(["x"], [None]), table(["x"], [0]), Rules()).ok
    midnight = table(["d"], ["2024-01-31 00:00:00"])
    assert compare(table(["d"], ["2024-01-31"]), midnight, Rules()).ok
    assert not compare(table(["d"], ["2024-01-31"]), table(["d"], ["2024-01-30"]), Rules()).ok
    assert compare(table(["b"], [1]), table(["b"], [True]), Rules()).ok  # MySQL's TRUE is 1


def test_harness_values_become_plain_data() -> None:
    event = {
        "columns": ["d", "t", "n", "f", "s", "l"],
        "rows": [
            [
                {"$date": "2024-02-29"},
                {"$timestamp": "2024-02-29 10:00:00"},
                {"$decimal": "12.50"},
                {"$float": "inf"},
                {"$struct": {"k": {"$decimal": "3"}}},
                [1, {"$date": "2024-01-01"}],
            ]
        ],
    }
    result = table_from_event(event)
    assert result.rows[0] == (
        "2024-02-29",
        "2024-02-29 10:00:00",
        12.5,
        "inf",
        {"k": 3},
        [1, "2024-01-01"],
    )
    assert plain({"$decimal": "2.00"}) == 2.0 and plain({"$decimal": "7"}) == 7


def test_hidden_message_names_columns_not_values() -> None:
    expected = table(["name", "rank"], ["secret-a", 1], ["secret-b", 2], ["secret-c", 3])
    actual = table(["name", "rank"], ["secret-a", 1], ["secret-b", 3], ["secret-c", 3])
    outcome = compare(expected, actual, Rules())
    assert not outcome.ok
    assert "column 'rank'" in outcome.message and "1 row" in outcome.message
    assert "secret" not in outcome.message
    extra = compare(expected, table(["name", "rank"], ["zzz", 9]), Rules())
    assert "missing" in extra.message and "zzz" not in extra.message


def test_sample_failure_shows_both_tables_hidden_only_says_how() -> None:
    problem = load("rank_scores")
    query = (
        "SELECT score, RANK() OVER (ORDER BY score DESC) AS `rank` FROM Scores ORDER BY score DESC"
    )
    report = run(problem, query, "mysql")
    assert report.verdict is Verdict.WA
    sample = report.tests[0]
    assert not sample.hidden and sample.verdict is Verdict.WA
    assert sample.expected["columns"] == ["score", "rank"]
    assert sample.actual["columns"] == ["score", "rank"]
    assert sample.expected["rows"] != sample.actual["rows"]
    failed_hidden = [t for t in report.tests if t.hidden and t.verdict is Verdict.WA]
    assert failed_hidden
    for t in failed_hidden:
        assert t.input is None and t.expected is None and t.actual is None
        assert "row" in t.message and "rank" in t.message
    console = Console(record=True, width=120)
    render.report(console, report)
    text = console.export_text()
    assert "your result" in text and "expected" in text


def test_too_many_rows_is_a_wrong_answer() -> None:
    report = run(load("rank_scores"), "SELECT 1 AS score, 2 AS r FROM range(5000)", "duckdb")
    assert report.verdict is Verdict.WA
    assert "more than 1000 rows" in report.tests[0].message


# --- window functions ----------------------------------------------------------------------


def test_required_window_function_is_enforced() -> None:
    problem = load("price_changes")
    path = SQL / "price_changes" / "solutions" / "wrong_answer" / "no_window_function.sql"
    report = run(problem, path.read_text(), "postgres")
    assert report.verdict is Verdict.WA and "window function" in report.message


def test_window_hint_is_a_message_not_a_failure() -> None:
    problem = load("rank_scores")
    path = SQL / "rank_scores" / "solutions" / "accepted" / "count_distinct.sql"
    report = run(problem, path.read_text(), "mysql")
    assert report.verdict is Verdict.AC
    assert report.message.startswith("hint:")
    assert run(problem, RANK_MYSQL, "mysql").message == ""


# --- the job and the problem folder --------------------------------------------------------


def test_expected_results_never_reach_the_harness() -> None:
    problem = load("department_highest_salary")
    job = build_job(problem, "SELECT 1", list(problem.tests))
    text = json.dumps(job.payload)
    assert "expected" not in text
    assert job.kind == "sql"
    names = {row[1] for t in problem.tests for row in t.expected["rows"]}
    assert all(f'"{n}"' in text for n in names)  # names are inputs too: sanity of the check


def test_verify_catches_a_stale_expected_result(tmp_path: Path) -> None:
    problem = write_problem(
        tmp_path / "stale",
        "CREATE TABLE T (a INTEGER);\n",
        "SELECT a * 2 AS doubled FROM T;\n",
        [{"T": [[1], [2]]}, {"T": []}, {"T": [[5]]}],
    )
    assert SqlKind().verify(problem) == []
    hidden = tmp_path / "stale" / "tests" / "hidden.json"
    cases = json.loads(hidden.read_text())
    cases[1]["expected"]["rows"] = [[11]]
    hidden.write_text(json.dumps(cases))
    errors = check_expected(load_problem(tmp_path / "stale"))
    assert len(errors) == 1
    assert "hidden.json: test 'd2'" in errors[0] and "judge.kinds.sql.derive" in errors[0]


def test_broken_sql_settings_are_author_errors_at_load(tmp_path: Path) -> None:
    problem = write_problem(
        tmp_path / "p",
        "CREATE TABLE T (a INTEGER);\n",
        "SELECT a FROM T;\n",
        [{"T": [[1]]}, {"T": [[2]]}],
    )
    toml = problem.path / "problem.toml"
    toml.write_text(toml.read_text() + "ordred = true\n")
    with pytest.raises(ProblemError, match=r"problem.toml: problem 'p': sql\.ordred"):
        load_problem(problem.path)


def test_dataset_errors_name_the_table() -> None:
    from judge.kinds.sql.settings import normalise_dataset

    schema = Schema((TableSchema("T", (Column("a", "INTEGER"), Column("b", "DATE"))),))
    _, errors = normalise_dataset(schema, {"U": [[1]], "T": [[1]]})
    assert any("'U' is not in the schema" in e for e in errors)
    assert any("2 values" in e for e in errors)
    data, errors = normalise_dataset(schema, {"t": {"columns": ["B"], "rows": [["2024-01-01"]]}})
    assert errors == [] and data == {"T": {"columns": ["b"], "rows": [["2024-01-01"]]}}


# --- end to end ----------------------------------------------------------------------------


def test_judge_run_on_a_sql_file(tmp_path: Path) -> None:
    query = tmp_path / "mine.sql"
    query.write_text("-- problem: rank_scores\n" + RANK_MYSQL + ";\n")
    proc = subprocess.run(
        [*JUDGE, "run", str(query), "--sandbox", "local", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["verdict"] == "AC" and report["problem"] == "rank_scores"
    assert report["passed"] == report["total"] > 3


def test_judge_run_reports_wrong_answer_with_tables(tmp_path: Path) -> None:
    query = tmp_path / "second_highest_salary.sql"  # the problem comes from the file name
    query.write_text("SELECT MAX(salary) AS SecondHighestSalary FROM Employee;\n")
    proc = subprocess.run(
        [*JUDGE, "run", str(query), "--sandbox", "local"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Wrong Answer" in proc.stdout
    assert "your result" in proc.stdout and "SecondHighestSalary" in proc.stdout


def test_runtime_error_on_hidden_data_does_not_quote_it() -> None:
    problem = load("second_highest_salary")
    query = "SELECT CAST(CAST(MAX(salary) AS VARCHAR) || '-x' AS INTEGER) AS SecondHighestSalary FROM Employee"
    report = run(problem, query, "duckdb")
    assert report.verdict is Verdict.RTE
    sample, hidden = (
        report.tests[0],
        next(t for t in report.tests if t.hidden and t.verdict is Verdict.RTE),
    )
    assert "500-x" in sample.message  # the sample's own data may be shown
    assert hidden.message == (
        "the query failed with DuckDB's ConversionException "
        "(its message is not shown for a hidden dataset)"
    )
    # Revealed, a hidden dataset's error still has its quoted values blanked.
    options = Options(reveal="all")
    revealed = judge(problem, Submission(query, "sql", "duckdb"), RUNNER, options)
    hidden = next(t for t in revealed.tests if t.hidden and t.verdict is Verdict.RTE)
    assert "'…'" in hidden.message and "-x'" not in hidden.message
