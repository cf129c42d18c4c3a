"""pandas answers to SQL problems through the JSON API: the starters offered, the language
taken (python on an SQL problem is pandas), and the verdicts with both tables."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.helpers import REPO, submit, wait_done

FOLDER = REPO / "problems" / "sql" / "consecutive_numbers" / "solutions"
ACCEPTED = (FOLDER / "accepted" / "pandas_shift.py").read_text()
WRONG = (FOLDER / "wrong_answer" / "pandas_two_in_a_row.py").read_text()


def test_an_sql_problem_offers_sql_and_pandas_starters(client: TestClient) -> None:
    detail = client.get("/api/problems/consecutive_numbers").json()
    assert detail["language"] == "sql"  # its own language, as before
    offered = {s["language"]: s for s in detail["languages"]}
    assert list(offered) == ["sql", "pandas"]
    assert offered["pandas"]["starter_name"] == "consecutive_numbers.py"
    assert "def consecutive_numbers(logs: pd.DataFrame)" in offered["pandas"]["starter"]
    python = client.get("/api/problems/two_sum").json()
    assert [s["language"] for s in python["languages"]] == ["python"]


def test_pandas_answers_are_judged_and_python_means_pandas(client: TestClient) -> None:
    good = submit(client, ACCEPTED, problem="consecutive_numbers", language="pandas")
    assert good.status_code == 202, good.text
    done = wait_done(client, good.json()["id"])
    assert done["language"] == "pandas" and done["report"]["verdict"] == "AC"
    bad = submit(client, WRONG, problem="consecutive_numbers", language="python")
    done = wait_done(client, bad.json()["id"])
    assert done["language"] == "pandas"  # stored as what it is
    assert done["report"]["verdict"] == "WA"
    failed = next(t for t in done["report"]["tests"] if t["verdict"] == "WA")
    assert failed["expected"]["columns"] == failed["actual"]["columns"] == ["ConsecutiveNums"]
    page = client.get(done["page"])
    assert page.status_code == 200 and "ConsecutiveNums" in page.text


def test_a_dialect_or_pandas_where_it_does_not_apply_is_refused(client: TestClient) -> None:
    refused = submit(
        client, ACCEPTED, problem="consecutive_numbers", language="pandas", dialect="mysql"
    )
    assert refused.status_code == 422 and "SQL queries only" in refused.text
    refused = submit(client, ACCEPTED, problem="two_sum", language="pandas")
    assert refused.status_code == 422 and "takes python, not pandas" in refused.text


def test_the_problem_page_has_a_language_picker(client: TestClient) -> None:
    page = client.get("/problems/consecutive_numbers").text
    assert '<select id="language"' in page and '"pandas": "import pandas as pd' in page
    assert '<select id="language"' not in client.get("/problems/two_sum").text
