"""The problem page in Chromium (fixtures of test_web_browser): the signature, the shortcuts,
Reset asking first, the last result kept on reload, solved and attempted marks in the list,
dark mode from the system setting, and a phone-sized window that does not overflow.

The screenshots of the problem page (light, dark, phone) are written to
tests/web/screenshots/ and committed: they show what the page looks like."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, Route

from judge.catalog import catalog
from tests.web.helpers import ACCEPTED, REPO, WRONG
from tests.web.test_web_browser import _judge, _type_code, browser, server

__all__ = ["browser", "server"]  # the fixtures this module uses

SCREENSHOTS = REPO / "tests" / "web" / "screenshots"
PHONE = {"width": 390, "height": 844}
# The colour behind an element: its own background, else the nearest painted ancestor's.
SHOWN_BACKGROUND = """e => {
  for (; e; e = e.parentElement) {
    const rgba = getComputedStyle(e).backgroundColor.match(/[\\d.]+/g).map(Number);
    if (rgba.length < 4 || rgba[3] > 0) { return rgba.slice(0, 3); }
  }
  return [255, 255, 255];
}"""


def _open(page: Page, server: str, slug: str = "two_sum") -> None:
    page.goto(f"{server}/problems/{slug}")
    page.locator(".cm-editor .cm-line").first.wait_for()


def _editor_text(page: Page) -> str:
    """The editor's lines (a short document: CodeMirror draws every line of it)."""
    lines: list[str] = page.locator(".cm-content .cm-line").all_text_contents()
    return "\n".join(lines)


def _mark(page: Page, server: str, slug: str) -> str:
    page.goto(f"{server}/")
    mark = page.locator(f'tr.problem[data-slug="{slug}"] .mark')
    return (mark.get_attribute("class") or "").replace("mark", "").strip(" -")


def _screenshot(page: Page, name: str, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=full_page, animations="disabled")


@pytest.fixture
def context_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme="light")
    yield context.new_page()
    context.close()


def test_signature_shortcuts_and_reset(server: str, context_page: Page) -> None:
    page = context_page
    _open(page, server)
    signature = page.locator(".signature code").inner_text()
    assert "def two_sum(nums: List[int], target: int) -> List[int]:" in signature
    shortcuts = page.locator("#shortcuts")
    assert shortcuts.is_visible()
    assert shortcuts.locator("kbd").all_inner_texts()[:2] == ["Ctrl", "Enter"]
    assert "Submit" in shortcuts.inner_text()

    starter = catalog().load("two_sum").starter
    _type_code(page, ACCEPTED)
    asked: list[str] = []

    def dismiss(dialog: object) -> None:
        asked.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.once("dialog", dismiss)
    page.click("#reset")
    assert asked and "Discard your code" in asked[0]
    assert _editor_text(page) == ACCEPTED  # kept: the question was declined

    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#reset")
    assert _editor_text(page) == starter
    page.click("#reset")  # nothing to lose: no question (a dialog would block this click)
    assert _editor_text(page) == starter


def test_marks_and_the_last_result_kept_on_reload(server: str, context_page: Page) -> None:
    page = context_page
    assert _mark(page, server, "two_sum") == ""  # a new browser has sent nothing
    _open(page, server)
    _type_code(page, WRONG)
    assert _judge(page, "run").get_attribute("data-verdict") == "WA"
    assert _mark(page, server, "two_sum") == "attempted"

    _open(page, server)
    assert _editor_text(page) == WRONG  # the draft is kept too
    _type_code(page, ACCEPTED)
    assert _judge(page, "submit").get_attribute("data-verdict") == "AC"
    permalink = page.locator("#status a").get_attribute("href")
    page.reload()
    kept = page.locator('#result .result[data-status="done"]')
    kept.wait_for()
    assert kept.get_attribute("data-verdict") == "AC"
    assert page.locator("#status a").get_attribute("href") == permalink
    assert "Last result" in page.locator("#status").inner_text()
    assert not page.locator("#run").is_disabled()
    assert _mark(page, server, "two_sum") == "solved"
    assert page.locator('tr.problem[data-slug="two_sum"] .mark').inner_text() == "✓"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_colours_follow_the_system_setting(server: str, browser: Browser, scheme: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, color_scheme=scheme)
    try:
        page = context.new_page()
        _open(page, server)
        _type_code(page, WRONG)
        _judge(page, "submit")
        page.evaluate("window.scrollTo(0, 0)")

        def brightness(selector: str) -> float:
            rgb = page.locator(selector).first.evaluate(SHOWN_BACKGROUND)
            return sum(int(c) for c in rgb) / 3

        dark = scheme == "dark"
        for selector in ("body", ".workspace > section", ".cm-editor"):
            level = brightness(selector)
            assert (level < 80) if dark else (level > 200), (selector, level)
        _screenshot(page, f"problem_{scheme}.png")
    finally:
        context.close()


def test_phone_layout_does_not_overflow(server: str, browser: Browser) -> None:
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()

        def overflow() -> int:
            width: int = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            return width

        page.goto(f"{server}/")
        assert overflow() == 0, "the problem list is wider than the phone"
        _open(page, server)
        assert overflow() == 0, "the problem page is wider than the phone"
        for button in ("#run", "#submit", "#reset"):
            box = page.locator(button).bounding_box()
            assert box is not None and box["x"] + box["width"] <= PHONE["width"], button
        _type_code(page, WRONG)
        _judge(page, "submit")
        assert overflow() == 0, "the result is wider than the phone"
        statement = page.locator(".statement").bounding_box()
        editor = page.locator(".solve").bounding_box()
        assert statement is not None and editor is not None
        assert editor["y"] >= statement["y"] + statement["height"]  # one column
        page.evaluate("window.scrollTo(0, 0)")
        _screenshot(page, "problem_phone.png", full_page=False)
        page.locator("#status").scroll_into_view_if_needed()
        page.evaluate(
            "window.scrollBy(0, document.querySelector('.toolbar').getBoundingClientRect().top - 8)"
        )
        _screenshot(page, "problem_phone_result.png", full_page=False)
    finally:
        context.close()


def test_api_docs_render_without_internet(server: str, context_page: Page) -> None:
    page = context_page
    asked: list[str] = []

    def local_only(route: Route) -> None:
        url = route.request.url
        if url.startswith(server):
            route.continue_()
        else:  # no internet: anything off this server fails
            asked.append(url)
            route.abort()

    page.route("**/*", local_only)
    page.goto(f"{server}/docs")
    page.locator(".opblock").first.wait_for()
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/submissions" in p for p in paths), paths
    assert asked == []
