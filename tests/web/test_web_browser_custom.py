"""The custom-input box of the problem page, in Chromium (fixtures of test_web_browser)."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.web.helpers import ACCEPTED, WRONG
from tests.web.test_web_browser import _judge, _shot, _type_code, browser, page, server

__all__ = ["browser", "page", "server"]  # the fixtures this module uses


def test_custom_input_beside_the_reference(server: str, page: Page) -> None:
    page.goto(f"{server}/problems/two_sum")
    page.locator(".cm-editor .cm-line").first.wait_for()
    _type_code(page, WRONG)
    box = page.locator("#custom-input")
    assert not box.is_visible()  # closed: Run runs the samples
    page.click("#custom summary")
    assert "[" in box.input_value()  # starts with the samples' arguments
    box.fill("[[3, 2, 4], 6]\n\n[[5, 5], 10]\n")
    result = _judge(page, "run")
    assert result.get_attribute("data-verdict") == "WA"
    cases = result.locator("section.case")
    assert cases.count() == 2
    first = cases.first.inner_text()
    assert "case-1" in first and "reference answer" in first.lower()
    assert "[1,2]" in first.replace(" ", "")
    _shot(page, "web_custom_input.png")


def test_accepted_submission_shows_the_runtime_distribution(server: str, page: Page) -> None:
    page.goto(f"{server}/problems/two_sum")
    page.locator(".cm-editor .cm-line").first.wait_for()
    _type_code(page, ACCEPTED)
    result = _judge(page, "submit")
    assert result.get_attribute("data-verdict") == "AC"
    figure = result.locator("figure.distribution")
    assert "faster than" in figure.inner_text()
    assert figure.locator("rect.mine").count() == 1
    _shot(page, "web_distribution.png")
