"""Assessments through the API and the pages, each attack with the answer it must get:
no reviewer surface without the option; missing, forged and guessed reviewer tokens; one
candidate's token against another's assessment and submissions; an expired assessment; a
problem outside it; CSRF on the login form; XSS in names and code on the review pages;
hidden test data kept from candidates even on a server that reveals it to everyone else."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import MakeApp
from tests.web.helpers import ACCEPTED, WRONG_ON_HIDDEN
from web.reviewers import Reviewers

TOKEN = "reviewer-token-for-tests-0123456789"
REVIEWER = {"Authorization": f"Bearer {TOKEN}"}
BASE = "https://testserver"  # the cookies are Secure: the test client sends them over https


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def app_client(make_app: MakeApp) -> Iterator[TestClient]:
    # A server that reveals everything of hidden tests to practice submissions: an
    # assessment's must still reveal nothing.
    app = make_app(reviewer_token=TOKEN, reveal_hidden="all")
    with TestClient(app, base_url=BASE) as c:
        yield c


def create(client: TestClient, **fields: Any) -> dict[str, Any]:
    body = {"candidate": "Ada", "problems": ["two_sum"], "minutes": 60, **fields}
    answer = client.post("/api/assessments", json=body, headers=REVIEWER)
    assert answer.status_code == 201, answer.text
    made: dict[str, Any] = answer.json()
    return made


def send(client: TestClient, token: str, code: str = ACCEPTED, **fields: Any) -> Any:
    body = {"problem": "two_sum", "code": code, "language": "python", "mode": "submit"}
    body.update(fields)
    return client.post("/api/submissions", json=body, headers=bearer(token))


def judged(client: TestClient, ident: str, headers: dict[str, str]) -> dict[str, Any]:
    deadline = time.monotonic() + 120  # a guard against a hang, not a measurement
    while time.monotonic() < deadline:
        answer = client.get(f"/api/submissions/{ident}", headers=headers)
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        if body["status"] == "done":
            return body
        time.sleep(0.05)
    raise AssertionError(f"submission {ident} not judged in time")


def signed_in(client: TestClient) -> str:
    """Sign in through the login form; returns the CSRF token the review pages' forms carry."""
    client.get("/review/login")
    csrf = client.cookies.get("judge_csrf")
    assert csrf
    answer = client.post(
        "/review/login", data={"token": TOKEN, "csrf": csrf}, follow_redirects=False
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/review"
    return csrf


def test_without_the_option_there_is_no_reviewer_surface(make_app: MakeApp) -> None:
    with TestClient(make_app(), base_url=BASE) as client:
        assert client.post("/api/assessments", json={}, headers=REVIEWER).status_code == 404
        assert client.get("/api/assessments", headers=REVIEWER).status_code == 404
        assert client.get("/api/assessments.csv", headers=REVIEWER).status_code == 404
        for page in ("/review", "/review/login", "/a/sometoken", "/assessment"):
            assert client.get(page).status_code == 404, page
        assert client.post("/review/login", data={"token": TOKEN}).status_code == 404
        assert not any("assessment" in p for p in client.get("/openapi.json").json()["paths"])
        # A bearer token means nothing here: practice submissions work as before.
        assert send(client, "whatever").status_code == 202


def test_a_candidate_solves_and_the_reviewer_reads_it_all(app_client: TestClient) -> None:
    made = create(app_client, candidate="Ada Lovelace", minutes=30)
    token, ident = made["candidate_token"], made["id"]
    assert made["invite_url"] == f"{BASE}/a/{token}"
    review = app_client.get(f"/api/assessments/{ident}", headers=REVIEWER).json()
    assert review["state"] == "invited" and review["started_at"] is None

    # The first use of the token starts the clock.
    mine = app_client.get(f"/api/assessments/{ident}", headers=bearer(token)).json()
    assert mine["state"] == "started" and 1790 < mine["remaining"] <= 1800
    assert "timeline" not in mine

    wrong = send(app_client, token, WRONG_ON_HIDDEN)
    right = send(app_client, token)
    assert wrong.status_code == right.status_code == 202
    failed = judged(app_client, wrong.json()["id"], bearer(token))
    assert judged(app_client, right.json()["id"], bearer(token))["report"]["verdict"] == "AC"

    # Hidden tests reveal nothing to the candidate, though this server reveals all.
    hidden = [t for t in failed["report"]["tests"] if t["hidden"]]
    assert hidden and failed["report"]["verdict"] == "WA"
    for test in hidden:
        assert test["name"].startswith("hidden-")
        assert (test["input"], test["expected"], test["actual"], test["stdout"]) == (
            None,
            None,
            None,
            "",
        )
    assert app_client.get(f"/submissions/{wrong.json()['id']}/result").status_code == 404
    app_client.get(made["invite_url"])  # the candidate's browser: the invite leaves a cookie
    fragment = app_client.get(f"/submissions/{wrong.json()['id']}/result").text
    assert "First failing test" in fragment and "Your answer" not in fragment

    review = app_client.get(f"/api/assessments/{ident}", headers=REVIEWER).json()
    assert review["candidate"] == "Ada Lovelace" and review["state"] == "started"
    assert review["started_at"] is not None and review["finished_at"] is None
    assert review["solved"] == ["two_sum"] and review["submissions"] == 2
    first, second = review["timeline"]
    assert (first["verdict"], second["verdict"]) == ("WA", "AC")
    assert first["code"] == WRONG_ON_HIDDEN and second["code"] == ACCEPTED
    assert 0 <= first["offset"] <= second["offset"]
    assert second["language"] == "python" and second["time"] is not None
    assert second["tests"] and all(t["verdict"] == "AC" for t in second["tests"])

    listed = app_client.get("/api/assessments", headers=REVIEWER).json()
    assert [a["id"] for a in listed] == [ident]


def test_missing_forged_and_guessed_reviewer_tokens(app_client: TestClient) -> None:
    body = {"candidate": "Mallory", "problems": ["two_sum"], "minutes": 5}
    missing = app_client.post("/api/assessments", json=body)
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"] == "Bearer"
    candidate = create(app_client)["candidate_token"]
    attempts = [
        {"Authorization": "Bearer " + TOKEN[:-1] + "x"},  # one character off
        {"Authorization": "Basic " + TOKEN},  # not a bearer token
        bearer(candidate),  # a candidate is not a reviewer
        bearer(TOKEN + "0"),
    ]
    for headers in attempts:
        answer = app_client.post("/api/assessments", json=body, headers=headers)
        assert answer.status_code == 401, headers
    # A missing token or another scheme is no guess; the three wrong bearer tokens were.
    assert app_client.get("/api/assessments", headers=bearer("forged")).status_code == 401
    assert app_client.get("/api/assessments", headers=bearer("forged 2")).status_code == 401
    # Five failures from one address: the next is refused, even with the right token.
    throttled = app_client.get("/api/assessments", headers=bearer("forged again"))
    assert throttled.status_code == 429 and int(throttled.headers["Retry-After"]) >= 1
    assert app_client.get("/api/assessments", headers=REVIEWER).status_code == 429


def test_one_candidate_never_reads_another_candidates_assessment(app_client: TestClient) -> None:
    ada, bob = create(app_client, candidate="Ada"), create(app_client, candidate="Bob")
    bobs = send(app_client, bob["candidate_token"])
    assert bobs.status_code == 202
    bobs_id = bobs.json()["id"]
    judged(app_client, bobs_id, bearer(bob["candidate_token"]))

    as_ada = bearer(ada["candidate_token"])
    assert app_client.get(f"/api/assessments/{bob['id']}", headers=as_ada).status_code == 404
    assert app_client.get(f"/api/assessments/{ada['id']}", headers=as_ada).status_code == 200
    assert app_client.get(f"/api/submissions/{bobs_id}", headers=as_ada).status_code == 404
    assert app_client.get(f"/api/submissions/{bobs_id}").status_code == 404  # nobody's token
    assert app_client.get(f"/submissions/{bobs_id}").status_code == 404
    assert app_client.get(f"/submissions/{bobs_id}/result").status_code == 404
    assert app_client.post(f"/submissions/{bobs_id}/complexity").status_code == 404
    assert app_client.get(f"/api/assessments/{bob['id']}").status_code == 401
    assert app_client.get("/api/assessments/nonexistent", headers=REVIEWER).status_code == 404
    # Ada's invite cookie in the browser: still only her own.
    app_client.get(ada["invite_url"], follow_redirects=False)
    assert app_client.get(f"/submissions/{bobs_id}").status_code == 404
    assert app_client.get(f"/api/assessments/{bob['id']}").status_code == 404
    assert app_client.get(f"/api/submissions/{bobs_id}", headers=REVIEWER).status_code == 200
    # A token nobody holds is refused outright, not taken as a practice submission.
    assert send(app_client, "not-a-token").status_code == 401


def test_an_expired_assessment_refuses_submissions(app_client: TestClient) -> None:
    made = create(app_client, minutes=0.01)  # 0.6 s
    token = made["candidate_token"]
    mine = bearer(token)
    deadline = time.monotonic() + 60
    while app_client.get(f"/api/assessments/{made['id']}", headers=mine).json()["state"] != (
        "finished"
    ):
        assert time.monotonic() < deadline, "the assessment never finished"
        time.sleep(0.05)
    late = send(app_client, token)
    assert late.status_code == 403 and "time for this assessment is up" in late.json()["detail"]
    assert send(app_client, token, mode="run").status_code == 403
    review = app_client.get(f"/api/assessments/{made['id']}", headers=REVIEWER).json()
    assert review["state"] == "finished" and review["finished_at"] is not None
    assert review["timeline"] == []


def test_only_the_assessments_problems_and_no_oracles(app_client: TestClient) -> None:
    token = create(app_client)["candidate_token"]
    outside = send(app_client, token, problem="valid_parentheses", code="def f(): pass")
    assert outside.status_code == 403 and "not part of this assessment" in outside.json()["detail"]
    assert send(app_client, token, problem="two-sum").status_code == 202  # LeetCode's spelling
    custom = send(app_client, token, mode="run", cases=[[[1, 2], 3]])
    assert custom.status_code == 422 and "custom input is off" in custom.json()["detail"]
    assert send(app_client, token, mode="complexity").status_code == 422
    app_client.get(create(app_client)["invite_url"])
    page = app_client.get("/assessment/problems/valid_parentheses")
    assert page.status_code == 403 and "not part of your assessment" in page.text
    page = app_client.get("/assessment/problems/two_sum")
    assert page.status_code == 200 and 'id="countdown"' in page.text
    assert 'id="custom"' not in page.text  # no custom input box


def test_bad_assessments_are_clear_422s(app_client: TestClient) -> None:
    cases = [
        ({"problems": ["no_such_problem"]}, "unknown problem 'no_such_problem'"),
        ({"problems": []}, "at least 1"),
        ({"minutes": 0}, "greater than 0"),
        ({"minutes": 1e9}, "less than or equal"),
        ({"candidate": "   "}, "name is empty"),
    ]
    for fields, words in cases:
        body = {"candidate": "Ada", "problems": ["two_sum"], "minutes": 60, **fields}
        answer = app_client.post("/api/assessments", json=body, headers=REVIEWER)
        assert answer.status_code == 422 and words in answer.text, (fields, answer.text)
    extra = {"candidate": "Ada", "problems": ["two_sum"], "minutes": 1, "admin": True}
    assert app_client.post("/api/assessments", json=extra, headers=REVIEWER).status_code == 422


def test_the_login_form_refuses_cross_site_posts(app_client: TestClient) -> None:
    login = app_client.get("/review/login")
    assert login.status_code == 200
    set_cookie = login.headers["set-cookie"]
    assert "judge_csrf=" in set_cookie and "Secure" in set_cookie and "HttpOnly" in set_cookie
    csrf = app_client.cookies.get("judge_csrf")
    assert csrf and f'value="{csrf}"' in login.text

    # A form on another site knows the token field but not our CSRF token.
    forged = app_client.post("/review/login", data={"token": TOKEN}, follow_redirects=False)
    assert forged.status_code == 403
    wrong = app_client.post(
        "/review/login", data={"token": TOKEN, "csrf": "x" * 32}, follow_redirects=False
    )
    assert wrong.status_code == 403
    other_origin = app_client.post(
        "/review/login",
        data={"token": TOKEN, "csrf": csrf},
        headers={"Origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert other_origin.status_code == 403
    not_a_url = app_client.post(  # an unclosed IPv6 bracket: urlsplit raises (was a 500)
        "/review/login",
        data={"token": TOKEN, "csrf": csrf},
        headers={"Origin": "http://[::1"},
        follow_redirects=False,
    )
    assert not_a_url.status_code == 403
    assert "judge_review" not in app_client.cookies

    signed_in(app_client)
    session = app_client.cookies.get("judge_review")
    assert session
    page = app_client.get("/review")
    assert page.status_code == 200 and "Invite a candidate" in page.text
    # The create form is guarded the same way, signed in or not.
    body = {"candidate": "Eve", "problems": "two_sum", "minutes": "5"}
    assert app_client.post("/review/assessments", data=body).status_code == 403
    made = app_client.post("/review/assessments", data={**body, "csrf": csrf})
    assert made.status_code == 201 and 'id="invite-url"' in made.text


def test_failed_logins_are_rate_limited(app_client: TestClient) -> None:
    app_client.get("/review/login")
    csrf = app_client.cookies.get("judge_csrf")
    for _ in range(5):
        answer = app_client.post("/review/login", data={"token": "guess", "csrf": csrf})
        assert answer.status_code == 401 and "not the reviewer token" in answer.text
    limited = app_client.post("/review/login", data={"token": TOKEN, "csrf": csrf})
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1


def test_the_review_pages_need_a_valid_session(app_client: TestClient) -> None:
    made = create(app_client)
    for page in ("/review", f"/review/assessments/{made['id']}", "/review/assessments.csv"):
        answer = app_client.get(page, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/review/login"

    def with_session(value: str) -> int:
        # Sent as Latin-1 bytes, as a client may: "²" arrives as "²".
        headers = {"Cookie": f"judge_review={value}".encode("latin-1")}
        return app_client.get("/review", headers=headers, follow_redirects=False).status_code

    assert with_session(Reviewers(TOKEN).session()) == 200  # a real one, to show the way in
    assert with_session(f"{int(time.time()) + 3600}.{'0' * 64}") == 303  # forged signature
    assert with_session(Reviewers("another-token-0123456789").session()) == 303  # other key
    assert with_session(Reviewers(TOKEN).session(now=time.time() - 13 * 3600)) == 303  # expired
    assert with_session("9999999999999") == 303
    # Forged cookies that are digits to str.isdigit() but not to int(), or far too long,
    # were a 500 on the pages and on an assessment submission's API.
    assert with_session(f"²³.{'0' * 64}") == 303
    assert with_session(f"{'9' * 5000}.{'0' * 64}") == 303
    # The bearer token is for the API; the pages take only the session.
    assert app_client.get("/review", headers=REVIEWER, follow_redirects=False).status_code == 303


def test_names_and_code_are_escaped_on_the_review_pages(app_client: TestClient) -> None:
    attack = "<script>alert('name')</script>"
    code = "def two_sum(nums, target):\n    return '</pre><script>alert(\"code\")</script>'\n"
    made = create(app_client, candidate=attack)
    sent = send(app_client, made["candidate_token"], code)
    judged(app_client, sent.json()["id"], REVIEWER)
    signed_in(app_client)
    pages = [
        app_client.get("/review").text,
        app_client.get(f"/review/assessments/{made['id']}").text,
    ]
    app_client.get(made["invite_url"])
    pages.append(app_client.get("/assessment").text)
    for html in pages:
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(" in html
    assert "&lt;/pre&gt;&lt;script&gt;alert(&#34;code&#34;)" in pages[1]


def test_csv_export_of_all_assessments(app_client: TestClient) -> None:
    ada = create(app_client, candidate="Ada", problems=["two_sum", "valid_parentheses"])
    create(app_client, candidate='=HYPERLINK("http://evil.example")')
    judged(app_client, send(app_client, ada["candidate_token"]).json()["id"], REVIEWER)
    answer = app_client.get("/api/assessments.csv", headers=REVIEWER)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [r["candidate"] for r in rows] == ['\'=HYPERLINK("http://evil.example")', "Ada"]
    row = rows[1]
    assert row["problems"] == "two_sum valid_parentheses" and row["state"] == "started"
    assert row["submissions"] == "1" and row["solved"] == "two_sum"
    assert row["verdicts"] == "two_sum:AC" and row["started_at"].endswith("+00:00")
    signed_in(app_client)
    assert app_client.get("/review/assessments.csv").text == answer.text
    assert app_client.get("/api/assessments.csv").status_code == 401


def test_a_candidate_hands_in_early(app_client: TestClient) -> None:
    ada, bob = create(app_client, candidate="Ada"), create(app_client, candidate="Bob")
    as_ada = bearer(ada["candidate_token"])
    assert app_client.post(f"/api/assessments/{ada['id']}/hand-in").status_code == 401
    assert (
        app_client.post(f"/api/assessments/{bob['id']}/hand-in", headers=as_ada).status_code == 404
    )
    assert send(app_client, ada["candidate_token"]).status_code == 202
    done = app_client.post(f"/api/assessments/{ada['id']}/hand-in", headers=as_ada).json()
    assert done["state"] == "finished" and done["remaining"] == 0
    late = send(app_client, ada["candidate_token"])
    assert late.status_code == 403 and "time for this assessment is up" in late.json()["detail"]
    review = app_client.get(f"/api/assessments/{ada['id']}", headers=REVIEWER).json()
    assert review["finished_at"] == review["ends_at"] and review["submissions"] == 1
    assert review["finished_at"] - review["started_at"] < 60 * 60
    bobs = app_client.get(f"/api/assessments/{bob['id']}", headers=REVIEWER).json()
    assert bobs["state"] == "invited"  # untouched
