"""End to end in a real browser: Debian's Chromium driven by Playwright, against a server
this test starts (uvicorn in a thread, temporary database, local runner).

Screenshots go to artifacts/ (gitignored)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Locator, Page, sync_playwright

from judge.catalog import catalog
from judge.runners import LocalRunner
from judge.sources import header_value
from tests.web.helpers import ACCEPTED, REPO, WRONG
from web.app import create_app
from web.services import default_dialect
from web.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "artifacts"
SQL_CANDIDATES = ("rank_scores", "second_highest_salary")  # the first one present is used
JUDGED = 120_000  # ms: a guard against a hang, not a measurement

# No skip when Chromium is missing: tests/setup.sh installs it, and a missing browser must fail.


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = Settings(
        db_path=tmp_path_factory.mktemp("web") / "submissions.db", sandbox="local", workers=2
    )
    app = create_app(settings, LocalRunner(), "local runner (browser test)")
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    yield tab
    context.close()


def _type_code(page: Page, code: str) -> None:
    """Replace the editor's text the way a person would: select all, then type."""
    editor = page.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    # insert_text sends the text as one input, as a paste would: typing key by key would
    # have the editor's auto-indent add to the indentation already in the code.
    page.keyboard.insert_text(code)


def _judge(page: Page, button: str) -> Locator:
    page.click(f"#{button}")
    result = page.locator('#result .result[data-status="done"]')
    result.wait_for(timeout=JUDGED)
    return result


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_python_problem_accepted_then_wrong(server: str, page: Page) -> None:
    page.goto(f"{server}/problems/two_sum")
    page.locator(".cm-editor .cm-line").first.wait_for()
    assert page.locator(".statement h1").inner_text() == "Two Sum"
    # Syntax highlighting: the starter's `def` is a styled token, not plain text.
    keyword = page.locator(".cm-line span", has_text=re.compile("^def$")).first
    assert keyword.evaluate("e => getComputedStyle(e).color") != page.locator(
        ".cm-content"
    ).evaluate("e => getComputedStyle(e).color")

    _type_code(page, ACCEPTED)
    result = _judge(page, "submit")
    total = len(catalog().load("two_sum").tests)
    assert result.get_attribute("data-verdict") == "AC"
    assert "Accepted" in result.locator(".banner").inner_text()
    assert f"{total}/{total} tests passed" in result.inner_text()
    rows = result.locator("tr.test")
    assert rows.count() == total
    for time_cell in rows.locator("td.time").all_inner_texts():
        assert re.fullmatch(r"\d+ µs|\d+\.\d ms|\d+\.\d\d s", time_cell), time_cell
    assert result.locator('svg[aria-label="time per test"] rect.bar').count() == total
    assert result.locator('svg[aria-label="runtime distribution of accepted runs"]').count() == 1
    permalink = page.locator("#status a").get_attribute("href")
    _shot(page, "web_python_accepted.png")

    _type_code(page, WRONG)
    result = _judge(page, "submit")
    assert result.get_attribute("data-verdict") == "WA"
    case = result.locator("section.case")
    assert "First failing test" in case.inner_text()
    assert "sample-1" in case.inner_text()
    labels = case.locator(".label").all_inner_texts()
    assert [label.lower() for label in labels] == ["input", "expected", "your answer"]
    _shot(page, "web_python_wrong_answer.png")

    # Run: the sample tests only, each with its input and output.
    result = _judge(page, "run")
    samples = catalog().load("two_sum").samples
    assert result.locator("tr.test").count() == len(samples)
    assert result.locator("section.case").count() == len(samples)

    # The permalink of the accepted submission still says so; history lists all three.
    page.goto(f"{server}{permalink}")
    assert "Accepted" in page.locator(".banner").inner_text()
    page.goto(f"{server}/submissions")
    assert page.locator("table.history tbody tr").count() == 3


def _sql_problem() -> Path:
    folders = catalog().folders
    for slug in SQL_CANDIDATES:
        if slug in folders:
            return folders[slug]
    raise AssertionError(f"no SQL problem (looked for {', '.join(SQL_CANDIDATES)})")


def test_sql_problem_accepted_then_wrong(server: str, page: Page) -> None:
    folder = _sql_problem()
    accepted = (folder / "solutions" / "accepted" / "reference.sql").read_text()
    wrong_file = sorted((folder / "solutions" / "wrong_answer").glob("*.sql"))[0]
    wrong = wrong_file.read_text()
    page.goto(f"{server}/problems/{folder.name}")
    page.locator(".cm-editor .cm-line").first.wait_for()
    problem = catalog().load(folder.name)
    dialect = header_value(problem.starter, "dialect") or default_dialect(problem)
    assert page.locator("#dialect").input_value() == dialect

    _type_code(page, accepted)
    result = _judge(page, "submit")
    assert result.get_attribute("data-verdict") == "AC", result.inner_text()
    times = result.locator("tr.test td.time").all_inner_texts()
    assert times and all(t.endswith(("µs", "ms", " s")) for t in times)
    _shot(page, "web_sql_accepted.png")

    _type_code(page, wrong)
    # The picker follows a `-- dialect:` line, as `judge run` reads it.
    named = header_value(wrong, "dialect")
    assert page.locator("#dialect").input_value() == (named or dialect)
    result = _judge(page, "submit")
    assert result.get_attribute("data-verdict") == "WA", wrong_file.name
    assert "First failing test" in result.locator("section.case").inner_text()
    _shot(page, "web_sql_wrong_answer.png")
