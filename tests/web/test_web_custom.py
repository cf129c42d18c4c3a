"""Custom input through the web: the API's `cases`, the stored record, the result page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from tests.web.conftest import MakeApp
from web.store import NewSubmission, Store

from .helpers import WRONG, submit, wait_done

SQL = "SELECT 1;"


def test_api_cases_run_beside_the_reference(client: TestClient) -> None:
    res = submit(client, WRONG, cases=[[[3, 2, 4], 6], "[[5, 5], 10]"])
    assert res.status_code == 202, res.text
    body = wait_done(client, res.json()["id"])
    assert body["mode"] == "custom"
    report = body["report"]
    assert [t["name"] for t in report["tests"]] == ["case-1", "case-2"]
    first = report["tests"][0]
    assert first["input"] == [[3, 2, 4], 6]
    assert first["expected"] == [1, 2]  # the reference solution's answer
    assert first["actual"] != first["expected"]
    assert report["verdict"] == "WA"
    assert not any(t["hidden"] for t in report["tests"])
    page = client.get(body["page"] + "/result").text
    assert "case-1" in page and "reference answer" in page
    assert "nums = [3, 2, 4], target = 6" in page  # inputs as Python, with parameter names
    assert "memory used" in page and "process peak" in page  # per test, and the peak apart


def test_api_cases_usage_errors(client: TestClient) -> None:
    wrong_count = submit(client, WRONG, cases=[[[1, 2]]])
    assert wrong_count.status_code == 422
    assert "takes 2 arguments (nums, target)" in wrong_count.text
    too_many = submit(client, WRONG, cases=[[[1], 1]] * 11)
    assert too_many.status_code == 422
    sql = submit(client, SQL, problem="rank_scores", language="sql", cases=[[1]])
    assert sql.status_code == 422
    assert "Python problems only" in sql.text
    empty = submit(client, WRONG, mode="custom")
    assert empty.status_code == 422 and "no custom case" in empty.text


def test_store_adds_the_cases_column_to_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE submissions (id TEXT PRIMARY KEY, problem TEXT NOT NULL, language TEXT"
        " NOT NULL, dialect TEXT, mode TEXT NOT NULL, code TEXT NOT NULL, client TEXT, status"
        " TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, created_at REAL NOT NULL,"
        " started_at REAL, finished_at REAL, verdict TEXT, passed INTEGER, total INTEGER,"
        " time REAL, report TEXT)"
    )
    db.close()
    store = Store(path)
    record = store.add(NewSubmission("two_sum", "python", None, "custom", "x", cases=[[[1], 1]]))
    assert store.get(record.id).cases == [[[1], 1]]  # type: ignore[union-attr]
    store.close()


def test_ml_result_reads_in_sentences(client: TestClient) -> None:
    folder = Path(__file__).resolve().parents[2] / "problems" / "ml" / "knn_classifier"
    wrong = sorted((folder / "solutions" / "wrong_answer").glob("*.py"))[0].read_text()
    res = submit(client, wrong, problem="knn_classifier", mode="run")
    body = wait_done(client, res.json()["id"])
    assert body["report"]["verdict"] == "WA"
    page = client.get(body["page"] + "/result").text
    assert "100 training and 50 test rows" in page
    assert "accuracy ≥ 0.8" in page
    assert "fit_time" not in page and "&#34;metric&#34;" not in page


def test_custom_input_is_off_in_hiring_mode(make_app: MakeApp) -> None:
    """The reference solution's answer to any input would be an oracle for hidden tests."""
    with TestClient(make_app(hiring=True)) as client:
        refused = submit(client, WRONG, cases=[[[1, 2], 3]])
        assert refused.status_code == 422 and "hiring mode" in refused.text
        assert 'id="custom-input"' not in client.get("/problems/two_sum").text
