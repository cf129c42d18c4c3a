"""An assessment end to end in Chromium (fixtures of test_web_browser): a reviewer signs in
through the login form and invites a candidate; the candidate opens the invite, solves the
problem, watches the countdown run out and is refused; the reviewer reads the result."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext

from judge.runners import LocalRunner
from tests.web.helpers import ACCEPTED, serving
from tests.web.test_web_browser import JUDGED, _judge, _shot, _type_code, browser
from web.app import create_app
from web.settings import Settings

__all__ = ["browser"]  # the fixture this module uses

TOKEN = "browser-test-reviewer-token-0123456789"
NAME = "Grace <script>alert('x')</script> Hopper"
MINUTES = 0.25  # 15 s from the first visit: time to solve one problem, then it runs out
RAN_OUT = 180_000  # ms: a guard against a hang, well beyond the 15 s


@pytest.fixture(scope="module")
def reviewing_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = Settings(
        db_path=tmp_path_factory.mktemp("assess") / "submissions.db",
        sandbox="local",
        workers=2,
        reviewer_token=TOKEN,
    )
    with serving(create_app(settings, LocalRunner(), "local runner (browser test)")) as url:
        yield url


def _context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def reviewer(browser: Browser) -> Iterator[BrowserContext]:
    yield from _context(browser)


@pytest.fixture
def candidate(browser: Browser) -> Iterator[BrowserContext]:
    yield from _context(browser)


def test_an_assessment_from_invite_to_review(
    reviewing_server: str, reviewer: BrowserContext, candidate: BrowserContext
) -> None:
    server = reviewing_server
    # The reviewer signs in through the form and invites a candidate.
    desk = reviewer.new_page()
    desk.goto(f"{server}/review")
    assert desk.url == f"{server}/review/login"
    desk.fill("#token", TOKEN)
    desk.click("#login button[type=submit]")
    desk.wait_for_url(f"{server}/review")
    desk.fill("#candidate", NAME)
    desk.fill("#problems", "two_sum")
    desk.fill("#minutes", str(MINUTES))
    desk.click("#create button[type=submit]")
    invite = desk.locator("#invite-url").input_value()
    assert invite.startswith(f"{server}/a/")
    _shot(desk, "assessment_created.png")

    # The candidate opens the invite: only the assessment's problem, and a running clock.
    tab = candidate.new_page()
    tab.goto(invite)
    tab.wait_for_url(f"{server}/assessment")
    assert tab.locator("table.assessment-problems tr.problem").count() == 1
    assert tab.locator("#countdown").get_attribute("data-state") == "running"
    assert NAME in tab.locator("h1").inner_text()  # shown as text, not run
    tab.click("tr.problem a")
    tab.locator(".cm-editor .cm-line").first.wait_for()
    assert tab.locator("#custom").count() == 0  # no custom input: it is an oracle
    assert "hidden test" in tab.locator(".statement .meta").inner_text()

    _type_code(tab, ACCEPTED)
    result = _judge(tab, "submit")
    assert result.get_attribute("data-verdict") == "AC"
    assert "hidden-1" in result.inner_text()  # hidden tests go by number
    _shot(tab, "assessment_candidate_accepted.png")

    # The time runs out on the page, and the server refuses what comes after.
    tab.locator('#countdown[data-state="over"]').wait_for(timeout=RAN_OUT)
    assert "Time is up" in tab.locator("#countdown").inner_text()
    tab.click("#submit")
    refused = tab.locator("#status.error")
    refused.wait_for(timeout=JUDGED)
    assert "time for this assessment is up" in refused.inner_text()
    _shot(tab, "assessment_candidate_time_up.png")

    # The reviewer reads it: finished, solved, the code and the timeline.
    desk.goto(f"{server}/review")
    row = desk.locator("table.assessments tbody tr").first
    assert "finished" in row.inner_text() and "1/1" in row.inner_text()
    row.locator("a").click()
    desk.locator("h1.candidate").wait_for()
    assert desk.locator("h1.candidate").inner_text() == NAME
    assert desk.locator(".state").get_attribute("data-state") == "finished"
    reviewed = desk.locator("article.reviewed")
    assert reviewed.count() == 1  # the refused submission was never stored
    assert reviewed.first.get_attribute("data-verdict") == "AC"
    assert reviewed.first.locator("pre.code").inner_text().strip() == ACCEPTED.strip()
    assert desk.locator(".timeline .mark").count() == 1
    _shot(desk, "assessment_review.png")
