"""The JSON API through FastAPI's TestClient: problems, submissions, bad input, reveal policy."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from judge.catalog import catalog
from judge.cli import build_parser
from judge.dialects import ALIASES, DIALECTS
from tests.web.conftest import MakeApp
from tests.web.helpers import ACCEPTED, REPO, WRONG, WRONG_ON_HIDDEN, submit, wait_done
from web.schemas import SubmissionIn


def test_problem_list_and_filters(client: TestClient) -> None:
    problems = client.get("/api/problems").json()
    by_slug = {p["slug"]: p for p in problems}
    assert by_slug["two_sum"] == {
        "slug": "two_sum",
        "title": "Two Sum",
        "pack": "python",
        "kind": "python",
        "language": "python",
        "difficulty": "easy",
        "tier": "high",
        "topic": "arrays-hashing",
    }
    assert set(by_slug) <= set(catalog().slugs())
    easy = client.get("/api/problems", params={"difficulty": "easy", "pack": "python"}).json()
    assert "two_sum" in {p["slug"] for p in easy}
    assert all(p["difficulty"] == "easy" and p["pack"] == "python" for p in easy)
    found = client.get("/api/problems", params={"q": "two SUM"}).json()
    assert "two_sum" in {p["slug"] for p in found}
    assert client.get("/api/problems", params={"q": "no such words"}).json() == []


def test_problem_detail_shows_samples_never_hidden_tests(client: TestClient) -> None:
    problem = catalog().load("two_sum")
    response = client.get("/api/problems/two_sum")
    assert response.status_code == 200
    body = response.json()
    assert body["statement"] == problem.statement
    assert body["starter"] == problem.starter
    assert [s["name"] for s in body["samples"]] == [t.name for t in problem.samples]
    assert body["samples"][0]["expected"] == problem.samples[0].expected
    assert body["dialects"] == [] and body["default_dialect"] is None
    text = response.text
    for test in problem.hidden:
        assert test.name not in text
    assert json.dumps(problem.hidden[-1].args)[:60] not in text


def test_unknown_problem_is_404(client: TestClient) -> None:
    assert client.get("/api/problems/no_such_problem").status_code == 404
    response = submit(client, problem="no_such_problem")
    assert response.status_code == 404
    assert "no_such_problem" in response.json()["detail"]


def test_accepted_submission_gets_the_versioned_report(client: TestClient) -> None:
    response = submit(client)
    assert response.status_code == 202
    accepted = response.json()
    assert accepted["status"] == "queued"
    assert response.headers["location"] == accepted["url"] == f"/api/submissions/{accepted['id']}"
    assert accepted["page"] == f"/submissions/{accepted['id']}"

    body = wait_done(client, accepted["id"])
    report = body["report"]
    problem = catalog().load("two_sum")
    assert report["version"] == 1
    assert report["verdict"] == "AC" and report["verdict_label"] == "Accepted"
    assert report["passed"] == report["total"] == len(problem.tests)
    assert body["tests_done"] == body["tests_total"] == len(problem.tests)
    assert all(t["time"] is not None and t["memory"] is not None for t in report["tests"])
    assert body["finished_at"] >= body["started_at"] >= body["created_at"]


def test_run_mode_judges_the_samples_only(client: TestClient) -> None:
    accepted = submit(client, WRONG, mode="run").json()
    report = wait_done(client, accepted["id"])["report"]
    samples = catalog().load("two_sum").samples
    assert [t["name"] for t in report["tests"]] == [t.name for t in samples]
    assert report["verdict"] == "WA"
    first = report["tests"][0]
    assert first["input"] == samples[0].args and first["expected"] == samples[0].expected
    assert first["actual"] is not None  # a sample shows what the code returned


def test_hiring_mode_reveals_nothing_of_hidden_tests(make_app: MakeApp) -> None:
    with TestClient(make_app(hiring=True)) as client:
        report = wait_done(client, submit(client, WRONG_ON_HIDDEN).json()["id"])["report"]
        hidden = [t for t in report["tests"] if t["hidden"]]
        assert any(t["verdict"] == "WA" for t in hidden)
        for t in hidden:
            assert t["input"] is None and t["expected"] is None and t["actual"] is None
        assert "hiring mode" in client.get("/problems/two_sum").text


@pytest.mark.parametrize(
    ("fields", "status", "words"),
    [
        ({"code": ""}, 422, "empty"),
        ({"code": "  \n\t\n"}, 422, "empty"),
        ({"code": "x = 1\n" * 20_000}, 413, "larger than"),
        ({"language": "sql"}, 422, "takes python"),
        ({"dialect": "postgres"}, 422, "SQL problems only"),
        ({"dialect": "nosql"}, 422, ""),
        ({"language": "cobol"}, 422, ""),
        ({"mode": "sprint"}, 422, ""),
        ({"extra": 1}, 422, ""),
        ({"problem": ""}, 422, ""),
    ],
)
def test_bad_submissions_are_refused(
    client: TestClient, fields: dict[str, object], status: int, words: str
) -> None:
    response = submit(client, **fields)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert words in json.dumps(response.json()["detail"])


def test_malformed_and_oversized_bodies(client: TestClient) -> None:
    headers = {"content-type": "application/json"}
    bad = client.post(
        "/api/submissions", content=b'{"problem": "two_sum", "code": ', headers=headers
    )
    assert bad.status_code == 422
    missing = client.post("/api/submissions", json={"problem": "two_sum"})
    assert missing.status_code == 422
    not_object = client.post("/api/submissions", json=["two_sum"])
    assert not_object.status_code == 422
    huge = client.post("/api/submissions", content=b" " * (300 * 1024), headers=headers)
    assert huge.status_code == 413
    # No Content-Length (chunked): the cap counts what arrives.
    chunked = client.post(
        "/api/submissions", content=iter([b" " * (64 * 1024)] * 5), headers=headers
    )
    assert chunked.status_code == 413
    assert client.get("/api/health").json()["pending"] == 0  # nothing was queued


@pytest.mark.parametrize(
    "body",
    [
        b'{"problem": "two_sum", "code": NaN}',
        b'{"problem": "two_sum", "code": "x = 1", "mode": Infinity}',
        b'{"problem": "two_sum", "code": "\\ud800", "extra": -Infinity}',
        b'{"problem": "two_sum", "code": "x = 1", "\\udfff": 1}',
    ],
)
def test_invalid_bodies_holding_what_json_cannot_carry_are_422s(
    client: TestClient, body: bytes
) -> None:
    # FastAPI's own 422 echoes the input, and NaN, Infinity or a lone surrogate in it made
    # the reply itself fail: a 500. The judge's 422 says where and what, not the input.
    answer = client.post(
        "/api/submissions", content=body, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] and "input" not in answer.json()["detail"][0]


def test_unknown_submission_is_404(client: TestClient) -> None:
    assert client.get("/api/submissions/nope").status_code == 404
    assert client.get("/submissions/nope").status_code == 404
    assert client.get("/submissions/nope/result").status_code == 404


def test_openapi_documents_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/problems", "/api/problems/{slug}", "/api/submissions"} <= set(paths)
    assert "/api/submissions/{ident}" in paths
    assert "/problems/{slug}" not in paths  # pages are not part of the API
    assert client.get("/docs").status_code == 200


def test_only_json_bodies_are_read(client: TestClient) -> None:
    # A page on another site can post a form or text/plain without asking (no CORS
    # preflight), but not application/json: refusing the rest keeps it from running code.
    body = json.dumps({"problem": "two_sum", "code": ACCEPTED, "language": "python"})
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = client.post(
            "/api/submissions", content=body, headers={"content-type": content_type}
        )
        assert response.status_code == 422
    assert client.get("/api/health").json()["pending"] == 0


def test_loopback_servers_accept_loopback_host_names_only(make_app: MakeApp) -> None:
    app = make_app(allowed_hosts=("127.0.0.1", "localhost"))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/api/health").status_code == 200
        rebound = client.get("/api/health", headers={"host": "attacker.example"})
        assert rebound.status_code == 400


def test_memory_is_the_submissions_not_the_servers(client: TestClient) -> None:
    # The server process may be large (loaded problems); a judged child must not be charged
    # for it (Linux carries ru_maxrss across exec). Make this process bigger than the limit.
    limit_kb = catalog().load("two_sum").limits.memory_mb * 1024
    ballast = bytearray(limit_kb * 1024 + (64 << 20))
    ballast[:: 1 << 12] = b"\x01" * len(range(0, len(ballast), 1 << 12))  # touch every page
    report = wait_done(client, submit(client, mode="run").json()["id"])["report"]
    assert report["verdict"] == "AC"
    assert all(t["memory"] < limit_kb for t in report["tests"])
    del ballast


def _sql_pack(tmp_path: Path, dialect: str) -> Path:
    """A pack holding one SQL problem whose [sql] dialect is `dialect`."""
    folder = tmp_path / "pack" / "consecutive_numbers"
    shutil.copytree(REPO / "problems" / "sql" / "consecutive_numbers", folder)
    toml = folder / "problem.toml"
    toml.write_text(toml.read_text().replace('dialect = "mysql"', f'dialect = "{dialect}"'))
    return folder.parent


def test_a_problems_dialect_alias_is_its_dialect(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(problem_roots=(_sql_pack(tmp_path, "PostgreSQL"),))
    with TestClient(app) as client:
        response = client.get("/api/problems/consecutive_numbers")
        assert response.status_code == 200, response.text
        detail = response.json()
        assert detail["default_dialect"] == "postgres"
        assert detail["dialects"] == list(DIALECTS)
        page = client.get("/problems/consecutive_numbers").text
        assert '<option value="postgres" selected>' in page


def test_the_api_takes_every_dialect_the_cli_takes(make_app: MakeApp, tmp_path: Path) -> None:
    query = "SELECT DISTINCT a.num AS ConsecutiveNums FROM Logs a"
    with TestClient(make_app(problem_roots=(_sql_pack(tmp_path, "mysql"),))) as client:
        for dialect, stored in [("oracle", "oracle"), ("PostgreSQL", "postgres")]:
            response = submit(
                client, query, problem="consecutive_numbers", language="sql", dialect=dialect
            )
            assert response.status_code == 202, response.text
            done = wait_done(client, response.json()["id"])
            assert done["dialect"] == stored and done["report"]["verdict"] in ("AC", "WA")
        commented = submit(
            client, "-- dialect: T-SQL\n" + query, problem="consecutive_numbers", language="sql"
        )
        assert commented.status_code == 202, commented.text
        assert wait_done(client, commented.json()["id"])["dialect"] == "tsql"
        unknown = submit(
            client, "-- dialect: nosql\n" + query, problem="consecutive_numbers", language="sql"
        )
        assert unknown.status_code == 422 and "unknown SQL dialect" in unknown.text


@pytest.mark.parametrize("name", [*DIALECTS, *ALIASES, "PostgreSQL", "nosql", "cobol"])
def test_cli_and_api_agree_on_dialect_names(name: str) -> None:
    run = build_parser(plugins=False)
    try:
        by_cli = run.parse_args(["run", "x.sql", "--dialect", name]).dialect
    except SystemExit:
        by_cli = None
    try:
        body = {"problem": "p", "code": "SELECT 1", "language": "sql", "dialect": name}
        by_api = SubmissionIn.model_validate(body).dialect
    except ValueError:
        by_api = None
    assert by_cli == by_api and (by_cli is None) == (name in ("nosql", "cobol"))


def test_submit_stops_at_the_first_failing_hidden_test_and_all_runs_every_test(
    client: TestClient,
) -> None:
    stopped = wait_done(client, submit(client, WRONG_ON_HIDDEN).json()["id"])
    every = wait_done(client, submit(client, WRONG_ON_HIDDEN, mode="all").json()["id"])
    assert stopped["mode"] == "submit" and every["mode"] == "all"
    assert stopped["report"]["verdict"] == "WA" and every["report"]["verdict"] == "WA"
    stopped_verdicts = [t["verdict"] for t in stopped["report"]["tests"]]
    every_verdicts = [t["verdict"] for t in every["report"]["tests"]]
    assert "SK" in stopped_verdicts and "SK" not in every_verdicts
    first = stopped_verdicts.index("WA")
    assert set(stopped_verdicts[first + 1 :]) == {"SK"}
    assert (
        client.post(
            "/api/submissions",
            json={"problem": "two_sum", "code": "x", "language": "python", "mode": "most"},
        ).status_code
        == 422
    )


def test_limits_shown_are_this_hosts(make_app: MakeApp) -> None:
    """A server on a host twice as slow as the reference machine gives twice the limit, and
    says so in the API and on the page; SQL keeps its reference limit (judged on the host)."""
    from judge.runners import LocalRunner

    runner = LocalRunner()
    runner.factor = 2.0
    with TestClient(make_app(runner)) as client:
        limits = client.get("/api/problems/two_sum").json()["limits"]
        assert limits == {"time": 0.5, "reference_time": 0.25, "memory_mb": 256}
        page = client.get("/problems/two_sum").text
        assert "CPU per test" in page and "on the reference machine" in page
        sql = client.get("/api/problems/rank_scores").json()["limits"]
        assert sql["time"] == sql["reference_time"]
        done = wait_done(client, submit(client).json()["id"])
        assert done["report"]["time_limit"] == 0.5
