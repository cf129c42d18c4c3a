"""The HTML pages: problem list with filters, problem page, result fragment, permalink,
history, and that what users send is escaped."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from judge.catalog import catalog
from tests.web.helpers import ACCEPTED, WRONG, submit, wait_done
from web.schemas import DIALECTS
from web.services import default_dialect


def test_problem_list_groups_and_filters(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert 'href="/problems/two_sum"' in page.text
    assert "high priority" in page.text and "arrays-hashing" in page.text
    assert 'class="difficulty d-easy"' in page.text
    hard = client.get("/", params={"difficulty": "hard"}).text
    assert 'href="/problems/two_sum"' not in hard
    searched = client.get("/", params={"q": "two sum"}).text
    assert 'href="/problems/two_sum"' in searched
    shown = re.search(r"(\d+) of (\d+)", searched)
    assert shown is not None and int(shown[1]) < int(shown[2])
    assert "No problem matches" in client.get("/", params={"q": "zzzz"}).text


def test_problem_page_has_statement_editor_and_starter(client: TestClient) -> None:
    page = client.get("/problems/two_sum")
    assert page.status_code == 200
    assert "<h1>Two Sum</h1>" in page.text  # the statement's Markdown, rendered
    assert "/static/editor.js?v=" in page.text and 'id="editor"' in page.text
    assert 'id="run"' in page.text and 'id="submit"' in page.text
    assert "def two_sum(nums: List[int], target: int)" in page.text
    assert 'id="dialect"' not in page.text
    assert client.get("/problems/nope").status_code == 404
    bundle = client.get("/static/editor.js")
    assert bundle.status_code == 200 and "JudgeEditor" in bundle.text


def test_sql_problem_page_offers_the_dialects(client: TestClient) -> None:
    sql = [p["slug"] for p in client.get("/api/problems").json() if p["kind"] == "sql"]
    assert sql, "the SQL pack is missing"
    page = client.get(f"/problems/{sql[0]}").text
    options = re.findall(r'<option value="([a-z]+)"', page.split('id="dialect"')[1])
    assert tuple(options[: len(DIALECTS)]) == DIALECTS
    default = default_dialect(catalog().load(sql[0]))
    assert f'<option value="{default}" selected>' in page


def test_result_fragment_and_permalink(client: TestClient) -> None:
    ident = submit(client, WRONG).json()["id"]
    wait_done(client, ident)
    fragment = client.get(f"/submissions/{ident}/result")
    assert fragment.headers["cache-control"] == "no-store"
    text = fragment.text
    assert 'data-status="done"' in text and 'data-verdict="WA"' in text
    assert "Wrong Answer" in text and "First failing test" in text
    assert "sample-1" in text and "your answer" in text
    assert "<svg" in text and 'class="bar v-fill-WA"' in text  # time per test
    permalink = client.get(f"/submissions/{ident}").text
    assert "Wrong Answer" in permalink and "values_not_indices" not in permalink
    assert "seen.add(x)" in permalink  # the code
    assert "data-poll" not in permalink  # done: nothing to follow


def test_history_shows_this_browsers_submissions_only(client: TestClient) -> None:
    mine = submit(client, ACCEPTED, mode="run").json()["id"]
    wait_done(client, mine)
    assert f'href="/submissions/{mine}"' in client.get("/submissions").text
    assert f'href="/submissions/{mine}"' in client.get("/problems/two_sum").text
    client.cookies.clear()  # another browser
    other = client.get("/submissions")
    assert f'href="/submissions/{mine}"' not in other.text
    assert other.cookies.get("judge_client")  # which gets a client id of its own


def test_submitted_code_is_escaped(client: TestClient) -> None:
    code = 'def two_sum(nums, target):\n    return "</pre><script>alert(1)</script>"\n'
    ident = submit(client, code).json()["id"]
    wait_done(client, ident)
    page = client.get(f"/submissions/{ident}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_tiers_are_listed_by_topic_in_the_missions_order(client: TestClient) -> None:
    page = client.get("/", params={"pack": "python"}).text
    sections = re.findall(r'<section class="group">(.*?)</section>', page, re.S)
    tiers = [re.search(r"tier-(\w+)", s)[1] for s in sections]  # type: ignore[index]
    assert tiers == ["high", "medium", "low"]
    medium_topics = re.findall(r'<tr class="topic"><th colspan="3">([\w-]+)</th>', sections[1])
    assert medium_topics == ["stack", "binary-search", "dp-1d", "dp-2d", "greedy", "intervals"]
    low_topics = re.findall(r'<tr class="topic"><th colspan="3">([\w-]+)</th>', sections[2])
    assert low_topics == ["trees", "heap", "backtracking", "graphs", "in-place"]
    assert 'href="/problems/min_stack"' in sections[1]
    assert 'href="/problems/course_schedule_ii"' in sections[2]
