"""An accepted submission's runtime and memory among other accepted runs, drawn."""

from __future__ import annotations

from fastapi.testclient import TestClient

from judge.standing import Run, histogram, standing

from .helpers import ACCEPTED, WRONG, submit, wait_done


def test_standing_counts_the_slower_runs_and_bins_them() -> None:
    others = [Run(0.01, 100), Run(0.02, 300), Run(0.03, 50), Run(0.04, 400)]
    found = standing(Run(0.025, 200), others)
    assert found is not None
    assert (found.faster_than, found.less_memory_than, found.count) == (50.0, 50.0, 4)
    assert standing(Run(1.0, 1), []) is None
    bins = histogram([r.time for r in others], 0.025, bins=3)
    assert [b["count"] for b in bins] == [1, 2, 1]
    assert [b["mine"] for b in bins] == [False, True, False]


def test_accepted_page_draws_where_it_stands(client: TestClient) -> None:
    first = wait_done(client, submit(client, ACCEPTED).json()["id"])
    page = client.get(first["page"] + "/result").text
    # Compared at least with the problem's two accepted reference solutions.
    assert "faster than" in page and "accepted runs" in page
    assert "reference solutions" in page
    assert page.count('class="bar v-fill-AC mine"') == 1  # its own bar, highlighted
    second = wait_done(client, submit(client, ACCEPTED).json()["id"])
    page = client.get(second["page"] + "/result").text
    assert "1 accepted submission here and 2 reference solutions" in page
    wrong = wait_done(client, submit(client, WRONG).json()["id"])
    assert "faster than" not in client.get(wrong["page"] + "/result").text
    run = wait_done(client, submit(client, ACCEPTED, mode="run").json()["id"])
    assert "faster than" not in client.get(run["page"] + "/result").text
