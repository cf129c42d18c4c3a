"""pandas answers to SQL problems, end to end through the `judge` command under both runners,
and the MySQL dialect's LeetCode habits (loose GROUP BY, `||`)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from judge.catalog import catalog
from judge.kinds import kind_for, language_of, starter_for

from .conftest import JUDGE, REPO

ENV = {**os.environ, "JUDGE_PROBLEMS": str(REPO / "problems")}
RUNNERS = ["local", "docker"]
ACCEPTED = REPO / "problems/sql/consecutive_numbers/solutions/accepted/pandas_shift.py"
WRONG = REPO / "problems/sql/consecutive_numbers/solutions/wrong_answer/pandas_two_in_a_row.py"


def judge(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*JUDGE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=ENV,
        timeout=300,
    )


def report(*args: str) -> dict:
    out = judge("run", *args, "--json")
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("sandbox", RUNNERS)
def test_a_py_file_on_an_sql_problem_is_judged_as_pandas(sandbox: str) -> None:
    rep = report(str(ACCEPTED), "--problem", "consecutive_numbers", "--sandbox", sandbox)
    assert rep["verdict"] == "AC"
    assert rep["runner"] == sandbox  # in the sandbox asked for, unlike SQL (DuckDB on the host)
    assert len(rep["tests"]) > 1 and all(t["verdict"] == "AC" for t in rep["tests"])


@pytest.mark.parametrize("sandbox", RUNNERS)
def test_a_wrong_pandas_answer_shows_both_tables(sandbox: str) -> None:
    rep = report(str(WRONG), "--problem", "consecutive_numbers", "--sandbox", sandbox)
    assert rep["verdict"] == "WA"
    failed = next(t for t in rep["tests"] if t["verdict"] == "WA")
    assert not failed["hidden"]  # the sample fails first: its tables are shown
    assert failed["expected"]["columns"] == ["ConsecutiveNums"]
    assert failed["actual"]["columns"] == ["ConsecutiveNums"]
    assert failed["expected"]["rows"] != failed["actual"]["rows"]
    assert "rows" in failed["message"]  # the SQL kind's comparison says what differs


def test_the_terminal_shows_the_tables_side_by_side() -> None:
    out = judge("run", str(WRONG), "--problem", "consecutive_numbers", "--sandbox", "local")
    assert out.returncode == 1
    assert "expected" in out.stdout and "ConsecutiveNums" in out.stdout


def test_start_writes_a_pandas_starter_that_loads_and_gets_a_verdict(tmp_path: Path) -> None:
    out = judge("start", "rank_scores", "--language", "pandas", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    written = tmp_path / "rank_scores.py"
    text = written.read_text()
    assert text.startswith("# problem: rank_scores\nimport pandas as pd")
    assert "def rank_scores(scores: pd.DataFrame) -> pd.DataFrame:" in text
    assert "score float64" in text  # the dtypes it will get
    # The starter returns its table: a wrong answer, not a compile error.
    rep = json.loads(judge("run", str(written), "--json", "--sandbox", "local").stdout)
    assert rep["verdict"] == "WA", rep["message"]
    # The SQL starter is still the default.
    assert judge("start", "rank_scores", cwd=tmp_path).returncode == 0
    assert (tmp_path / "rank_scores.sql").read_text().startswith("-- problem: rank_scores")


def test_start_refuses_a_language_the_problem_does_not_take(tmp_path: Path) -> None:
    out = judge("start", "two_sum", "--language", "pandas", cwd=tmp_path)
    assert out.returncode == 2 and "takes Python, not pandas" in out.stderr


def test_a_sql_file_on_a_python_problem_still_names_the_language(tmp_path: Path) -> None:
    query = tmp_path / "two_sum.sql"
    query.write_text("SELECT 1;")
    out = judge("run", str(query))
    assert out.returncode == 2 and "takes Python (a .py file)" in out.stderr


def test_parameters_match_tables_in_any_case_and_order_with_underscores(tmp_path: Path) -> None:
    answer = tmp_path / "answer.py"
    answer.write_text(
        "import pandas as pd\n\n"
        "def helper(x):\n    return x\n\n"
        "def anything(DEPARTMENT, Employee):\n"
        "    top = Employee.groupby('departmentId')['salary'].transform('max')\n"
        "    best = helper(Employee[Employee['salary'] == top].dropna(subset=['salary']))\n"
        "    m = best.merge(DEPARTMENT, left_on='departmentId', right_on='id')\n"
        "    return pd.DataFrame({'Department': m['name_y'], 'Employee': m['name_x'],"
        " 'Salary': m['salary']})\n"
    )
    rep = report(str(answer), "--problem", "department_highest_salary", "--sandbox", "local")
    assert rep["verdict"] == "AC", rep


def test_no_function_taking_the_tables_is_a_compile_error_that_says_how(tmp_path: Path) -> None:
    answer = tmp_path / "answer.py"
    answer.write_text("def solve(logs, numbers):\n    return logs\n")
    rep = report(str(answer), "--problem", "consecutive_numbers", "--sandbox", "local")
    assert rep["verdict"] == "CE"
    assert (
        "def consecutive_numbers(logs)" in rep["message"]
        and "solve(logs, numbers)" in rep["message"]
    )


def test_the_registry_maps_languages() -> None:
    assert language_of("sql", "python") == "pandas" and language_of("python", "python") == "python"
    assert kind_for("sql", "python").name == "pandas"  # type: ignore[union-attr]
    assert kind_for("python", "pandas") is None and kind_for("ml", "sql") is None
    problem = catalog().load("price_changes")
    name, text = starter_for(problem, "pandas")
    assert name == "price_changes.py" and "price_log: pd.DataFrame" in text
    assert starter_for(problem, "sql") == (problem.starter_name, problem.starter)


# MySQL as LeetCode runs it (no ONLY_FULL_GROUP_BY), and what other dialects say instead.
LOOSE = """\
SELECT p.product_id, IFNULL(c.new_price, 10) AS price
FROM Products p
LEFT JOIN Products c ON c.product_id = p.product_id AND c.change_date = (
    SELECT MAX(change_date) FROM Products
    WHERE product_id = p.product_id AND change_date <= '2019-08-16')
GROUP BY 1;
"""


def test_mysql_reads_ungrouped_columns_as_any_value_and_says_so(tmp_path: Path) -> None:
    query = tmp_path / "q.sql"
    query.write_text("-- dialect: mysql\n" + LOOSE)
    rep = report(str(query), "--problem", "product_price_at_a_given_date")
    assert rep["verdict"] == "AC", rep
    assert "ANY_VALUE" in rep["message"] and "ONLY_FULL_GROUP_BY" in rep["message"]


def test_mysql_distinct_over_an_ungrouped_column_runs(tmp_path: Path) -> None:
    query = tmp_path / "q.sql"
    # Groups by id: each group is one row, so ANY_VALUE(num) is num.
    query.write_text(
        "-- dialect: mysql\nSELECT DISTINCT a.num AS ConsecutiveNums FROM Logs a\n"
        "JOIN Logs b ON b.id = a.id + 1 AND b.num = a.num\n"
        "JOIN Logs c ON c.id = a.id + 2 AND c.num = a.num GROUP BY a.id;\n"
    )
    rep = report(str(query), "--problem", "consecutive_numbers")
    assert rep["verdict"] == "AC", rep


def test_postgres_keeps_the_error_in_a_persons_words(tmp_path: Path) -> None:
    query = tmp_path / "q.sql"
    query.write_text("-- dialect: postgres\n" + LOOSE)
    rep = report(str(query), "--problem", "product_price_at_a_given_date")
    assert rep["verdict"] == "CE"
    message = rep["message"]
    assert message.startswith("new_price is selected but neither grouped nor aggregated")
    assert "add it to GROUP BY" in message and "Binder Error" not in message


def test_mysql_pipes_are_or_and_the_message_says_concat(tmp_path: Path) -> None:
    query = tmp_path / "q.sql"
    query.write_text("-- dialect: mysql\nSELECT num || 'x' AS ConsecutiveNums FROM Logs;\n")
    rep = report(str(query), "--problem", "consecutive_numbers")
    assert rep["verdict"] == "RTE"
    failed = next(t for t in rep["tests"] if t["verdict"] == "RTE")
    assert "MySQL reads || as OR" in failed["message"] and "CONCAT(" in failed["message"]
    assert "BOOL" not in failed["message"]
    # In postgres, || joins strings: the same query runs (and is a wrong answer).
    query.write_text("-- dialect: postgres\nSELECT num || 'x' AS ConsecutiveNums FROM Logs;\n")
    assert report(str(query), "--problem", "consecutive_numbers")["verdict"] == "WA"
