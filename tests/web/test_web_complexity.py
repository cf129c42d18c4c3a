"""Empirical complexity through the web: the API's mode `complexity`, the Analyze complexity
button on an accepted result, the chart on the analysed submission's page."""

from __future__ import annotations

from fastapi.testclient import TestClient

from .conftest import MakeApp
from .helpers import ACCEPTED, REPO, submit, wait_done

FIXTURES = REPO / "tests" / "fixtures" / "problems"

BRUTE = """
def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
"""


def test_api_mode_complexity_measures_an_accepted_submission(client: TestClient) -> None:
    res = submit(client, BRUTE, mode="complexity")
    assert res.status_code == 202, res.text
    body = wait_done(client, res.json()["id"], timeout=300)
    # Too slow for two_sum's hidden tests: judged, not measured.
    assert body["report"]["verdict"] == "TLE" and body["complexity"] is None
    res = submit(client, ACCEPTED, mode="complexity")
    body = wait_done(client, res.json()["id"], timeout=300)
    assert body["report"]["verdict"] == "AC"
    found = body["complexity"]
    assert found["time"]["class"] in ("O(n)", "O(n log n)")
    assert found["reference"]["time"]["class"] in ("O(n)", "O(n log n)")
    page = client.get(body["page"]).text
    assert "Empirical complexity" in page and "<polyline" in page and "Complexity analysis" in page


def test_the_button_on_an_accepted_result_opens_an_analysis(client: TestClient) -> None:
    res = submit(client, ACCEPTED)
    ident = res.json()["id"]
    wait_done(client, ident, timeout=300)
    page = client.get(f"/submissions/{ident}").text
    assert f'action="/submissions/{ident}/complexity"' in page and "Analyze complexity" in page
    made = client.post(f"/submissions/{ident}/complexity", follow_redirects=False)
    assert made.status_code == 303
    new = made.headers["location"].rsplit("/", 1)[-1]
    body = wait_done(client, new, timeout=300)
    assert body["mode"] == "complexity" and body["complexity"]["time"] is not None


def test_no_button_and_a_refusal_where_nothing_can_be_measured(make_app: MakeApp) -> None:
    # Every problem in problems/ has a scaled hook now: the one without is a fixture.
    app = make_app(problem_roots=(REPO / "problems", FIXTURES))
    with TestClient(app) as client:
        res = submit(client, BRUTE)
        ident = res.json()["id"]
        wait_done(client, ident, timeout=300)
        assert "Analyze complexity" not in client.get(f"/submissions/{ident}").text
        assert client.post(f"/submissions/{ident}/complexity").status_code == 422
        code = "def sum_and_sort(a):\n    return sorted(a)\n"
        res = submit(client, code, problem="sum_pairs", mode="complexity")
        assert res.status_code == 422 and "scaled(n, seed)" in res.json()["detail"]
