"""A lone surrogate a submission prints or returns is shown escaped ("\\ud800") by the API and
the pages, also from reports stored before it was escaped at the report edge; an answer nested
too deeply is a wrong answer, and a stored report holding one is shown cut."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from judge.model import Report, Verdict
from judge.model import TestResult as Result  # not a pytest class
from judge.nesting import TOO_DEEP
from judge.report import CUT, to_json
from tests.web.conftest import MakeApp
from tests.web.helpers import submit, wait_done
from web.store import NewSubmission

# The file is ASCII; the escapes make the surrogates at run time.
SURROGATE = """
def two_sum(nums, target):
    print("before \\ud800 after")
    return "\\ud800"
"""


def test_a_surrogate_from_a_submission_is_shown_escaped(client: TestClient) -> None:
    ident = submit(client, SURROGATE, mode="run").json()["id"]
    body = wait_done(client, ident)
    first = body["report"]["tests"][0]
    assert body["report"]["verdict"] == "WA" and first["verdict"] == "WA"
    assert first["actual"] == "\\ud800"
    assert first["stdout"] == "before \\ud800 after\n"
    again = client.get(f"/api/submissions/{ident}")  # and for ever after
    assert again.status_code == 200 and again.json() == body
    for path in (f"/submissions/{ident}", f"/submissions/{ident}/result"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "Wrong Answer" in page.text and "before \\ud800 after" in page.text


def test_a_report_stored_with_a_surrogate_still_renders(make_app: MakeApp) -> None:
    app = make_app()
    with TestClient(app) as client:
        store = app.state.services.store
        record = store.add(NewSubmission("two_sum", "python", None, "run", SURROGATE))
        store.claim(record.id, "test")
        result = Result("sample-1", False, Verdict.WA, 0.001, 1024, "wrong answer")
        old = to_json(Report("two_sum", Verdict.WA, (result,), runner="local"))
        # What the store held before reports were escaped: JSON's "\ud800", a lone surrogate.
        old["tests"][0].update(actual="\ud800", stdout="x\ud800\n", message="m\ud800")
        store.finish(record.id, old)
        response = client.get(f"/api/submissions/{record.id}")
        assert response.status_code == 200
        test = response.json()["report"]["tests"][0]
        assert (test["actual"], test["stdout"], test["message"]) == (
            "\\ud800",
            "x\\ud800\n",
            "m\\ud800",
        )
        page = client.get(f"/submissions/{record.id}")
        assert page.status_code == 200 and "x\\ud800" in page.text


def test_code_holding_a_lone_surrogate_is_refused(client: TestClient) -> None:
    # JSON's escape carries a lone surrogate no UTF-8 text (nor the database) can hold.
    body = '{"problem": "two_sum", "language": "python", "code": "x = \\"\\ud800\\""}'
    response = client.post(
        "/api/submissions", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "surrogate" in response.json()["detail"]


# The submission lifts its worker's own cap (200 levels) and returns a list 500 deep.
DEEP = """
import sys

sys.modules["judge_worker_python"]._plain = lambda value, kind: value


def two_sum(nums, target):
    value = []
    for _ in range(500):
        value = [value]
    return value
"""


def test_a_deep_answer_is_a_wrong_answer_on_the_api_and_the_pages(client: TestClient) -> None:
    ident = submit(client, DEEP, mode="run").json()["id"]
    body = wait_done(client, ident)
    first = body["report"]["tests"][0]
    assert body["report"]["verdict"] == "WA" and first["verdict"] == "WA"
    assert first["message"] == TOO_DEEP and first["actual"] is None
    for path in (f"/submissions/{ident}", f"/submissions/{ident}/result"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "Wrong Answer" in page.text and TOO_DEEP in page.text


def test_a_report_stored_with_a_deep_value_still_renders(make_app: MakeApp) -> None:
    # However a stored report came to hold a value 600 deep (written before answers were
    # bounded), the API and the pages show it cut, instead of failing with a 500.
    app = make_app()
    deep: object = 1
    for _ in range(600):
        deep = [deep]
    with TestClient(app) as client:
        store = app.state.services.store
        record = store.add(NewSubmission("two_sum", "python", None, "run", DEEP))
        store.claim(record.id, "test")
        result = Result("sample-1", False, Verdict.WA, 0.001, 1024, "wrong answer")
        old = to_json(Report("two_sum", Verdict.WA, (result,), runner="local"))
        old["tests"][0].update(actual=deep, input=[deep, 1])
        store.finish(record.id, old)
        response = client.get(f"/api/submissions/{record.id}")
        assert response.status_code == 200
        assert CUT in json.dumps(
            response.json()["report"]["tests"][0]["actual"], ensure_ascii=False
        )
        for path in (f"/submissions/{record.id}", f"/submissions/{record.id}/result"):
            page = client.get(path)
            assert page.status_code == 200, path
            assert "Wrong Answer" in page.text
