"""What the server shows of hidden tests: by default (practice mode) only their number,
verdict, time and memory, in the API (final and live results) and the pages; more only when
the operator starts it with `--reveal`; nothing at all in hiring mode."""

from __future__ import annotations

import json
import re
import threading
from typing import Any

import pytest
from fastapi.testclient import TestClient

from judge.catalog import catalog
from judge.cli import main
from judge.report_schema import TestReport
from judge.runners import LocalRunner
from judge.runners.base import EventSink, Job, RunOutcome
from judge.supervisor.protocol import TestEvent
from tests.web.conftest import MakeApp
from tests.web.helpers import WRONG_ON_HIDDEN, submit, wait_done

# What a hidden test's result may carry by default; every other field must be empty.
SHOWN = {"name", "hidden", "verdict", "time", "memory", "test_memory", "wall", "message"}
HIDDEN_TESTS = catalog().load("two_sum").hidden


def _assert_hidden_withheld(test: dict[str, Any], number: int) -> None:
    assert test["hidden"] is True
    assert set(test) == set(TestReport.model_fields), "a new field: decide what hidden tests show"
    for field, value in test.items():
        if field not in SHOWN:
            assert value in (None, ""), f"hidden test shows {field}: {value!r}"
    assert test["name"] == f"hidden-{number}"
    assert test["verdict"] in {"AC", "WA", "SK"}
    if test["verdict"] != "SK":
        assert isinstance(test["time"], float) and isinstance(test["memory"], int)
    case = HIDDEN_TESTS[number - 1]
    assert json.dumps(case.args)[:40] not in test["message"]


def _assert_nothing_leaks(text: str) -> None:
    """No author's name of a hidden test and no hidden input anywhere in a response."""
    for case in HIDDEN_TESTS:
        if not case.name.startswith("hidden-"):
            assert f'"{case.name}"' not in text and f">{case.name}<" not in text, case.name
        assert json.dumps(case.args)[:60] not in text


def test_a_failing_submission_shows_hidden_tests_by_number_only(client: TestClient) -> None:
    accepted = submit(client, WRONG_ON_HIDDEN).json()
    body = wait_done(client, accepted["id"])
    assert set(body) >= {"id", "problem", "language", "dialect", "mode", "status", "tests"}
    assert body["problem"] == "two_sum" and body["language"] == "python"
    assert body["dialect"] is None and body["mode"] == "submit" and body["status"] == "done"
    assert body["created_at"] <= body["started_at"] <= body["finished_at"]
    assert body["page"] == f"/submissions/{accepted['id']}"
    report = body["report"]
    assert report["verdict"] == "WA" and report["problem"] == "two_sum"
    assert body["tests"] == report["tests"]
    assert body["tests_done"] == len(body["tests"]) == body["tests_total"] == report["total"]
    samples = catalog().load("two_sum").samples
    shown_samples = [t for t in report["tests"] if not t["hidden"]]
    assert [t["name"] for t in shown_samples] == [s.name for s in samples]
    for test, sample in zip(shown_samples, samples, strict=True):
        assert test["verdict"] == "AC" and test["input"] == sample.args
        assert test["expected"] == sample.expected and test["actual"] is not None
    hidden = [t for t in report["tests"] if t["hidden"]]
    assert any(t["verdict"] == "WA" for t in hidden)
    for number, test in enumerate(hidden, 1):
        _assert_hidden_withheld(test, number)
    _assert_nothing_leaks(json.dumps(body))
    for path in (f"/submissions/{accepted['id']}", f"/submissions/{accepted['id']}/result"):
        page = client.get(path).text
        _assert_nothing_leaks(page)
        assert "only its verdict, time and memory are shown" in page


# Raises with a hidden test's input in the message, under its own exception name: the input
# must not come out through the traceback.
EXFILTRATE = """
def two_sum(nums, target):
    if len(nums) > 1000:
        raise type("Leak" + str(nums[0]), (Exception,), {})(repr(nums[:50]))
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
"""
# Right on the samples, wrong from the 31st call on: the first failing test is hidden.
LRU_WRONG_LATE = """
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity, self.items, self.calls = capacity, OrderedDict(), 0

    def get(self, key):
        self.calls += 1
        if self.calls > 30:
            return -7
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)
"""


def test_messages_of_hidden_tests_carry_no_values(client: TestClient) -> None:
    body = wait_done(client, submit(client, EXFILTRATE).json()["id"])
    failing = next(t for t in body["report"]["tests"] if t["verdict"] != "AC")
    assert failing["verdict"] == "RTE" and failing["hidden"]
    assert failing["message"] == (
        "raised an exception at line 4, in two_sum (its message is not shown for a hidden test)"
    )
    _assert_nothing_leaks(json.dumps(body))

    lru = catalog().load("lru_cache")
    sent = submit(client, LRU_WRONG_LATE, problem="lru_cache").json()
    failing = next(
        t for t in wait_done(client, sent["id"])["report"]["tests"] if t["verdict"] != "AC"
    )
    assert failing["hidden"] and failing["verdict"] == "WA"
    assert re.fullmatch(
        r"wrong answer at operation \d+, get\(…\) \(the values of a hidden test are not shown\)",
        failing["message"],
    ), failing["message"]
    assert "expected" not in failing["message"] and lru.hidden


class PausingRunner(LocalRunner):
    """The local runner, held after its first hidden test's result until the test lets it
    go: the live results of a submission being judged become a state the test can read."""

    def __init__(self, first_hidden: int) -> None:
        super().__init__()
        self.first_hidden = first_hidden
        self.paused = threading.Event()
        self.go = threading.Event()

    def run(self, job: Job, on_event: EventSink | None = None) -> RunOutcome:
        def held(event: Any) -> bool | None:
            stop = on_event(event) if on_event is not None else None
            if isinstance(event, TestEvent) and event.index == self.first_hidden + 1:
                self.paused.set()
                self.go.wait(timeout=120)
            return stop

        return super().run(job, held)


def test_live_results_of_hidden_tests_are_withheld_too(make_app: MakeApp) -> None:
    samples = len(catalog().load("two_sum").samples)
    runner = PausingRunner(samples)
    with TestClient(make_app(runner)) as client:
        ident = submit(client, WRONG_ON_HIDDEN).json()["id"]
        try:
            assert runner.paused.wait(timeout=120), "the run never reached a hidden test"
            live = client.get(f"/api/submissions/{ident}").json()
            fragment = client.get(f"/submissions/{ident}/result").text
        finally:
            runner.go.set()
        assert live["status"] == "running" and live["report"] is None
        hidden = [t for t in live["tests"] if t["hidden"]]
        assert len(hidden) == 2 and live["tests_done"] == samples + 2
        for number, test in enumerate(hidden, 1):
            _assert_hidden_withheld(test, number)
        _assert_nothing_leaks(json.dumps(live))
        _assert_nothing_leaks(fragment)
        assert "hidden-2" in fragment
        wait_done(client, ident)


@pytest.mark.parametrize("reveal", ["input", "all"])
def test_the_operator_can_reveal_hidden_tests(make_app: MakeApp, reveal: str) -> None:
    with TestClient(make_app(reveal_hidden=reveal)) as client:
        report = wait_done(client, submit(client, WRONG_ON_HIDDEN).json()["id"])["report"]
    failing = next(t for t in report["tests"] if t["verdict"] == "WA")
    assert failing["hidden"] is True
    assert failing["input"] is not None
    names = {t.name for t in HIDDEN_TESTS}
    assert failing["name"] in names  # the author's name
    if reveal == "input":
        assert failing["expected"] is None and failing["actual"] is None
    else:
        assert failing["expected"] is not None and failing["actual"] == [0, 1]


def test_hiring_mode_reveals_nothing_whatever_reveal_says(make_app: MakeApp) -> None:
    with TestClient(make_app(hiring=True, reveal_hidden="all")) as client:
        body = wait_done(client, submit(client, WRONG_ON_HIDDEN).json()["id"])
    hidden = [t for t in body["report"]["tests"] if t["hidden"]]
    for number, test in enumerate(hidden, 1):
        _assert_hidden_withheld(test, number)


def test_serve_refuses_reveal_with_hiring(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--hiring", "--reveal", "all", "--sandbox", "local"]) == 2
    assert "--hiring reveals nothing" in capsys.readouterr().err


def test_a_report_judged_under_reveal_all_is_withheld_after_a_restart(make_app: MakeApp) -> None:
    with TestClient(make_app(reveal_hidden="all")) as client:
        ident = submit(client, WRONG_ON_HIDDEN).json()["id"]
        before = wait_done(client, ident)["report"]
    assert any(t["hidden"] and t["input"] is not None for t in before["tests"])
    with TestClient(make_app()) as client:  # the same database, started without --reveal
        body = client.get(f"/api/submissions/{ident}").json()
        pages = [client.get(f"/submissions/{ident}{end}").text for end in ("", "/result")]
    hidden = [t for t in body["report"]["tests"] if t["hidden"]]
    for number, test in enumerate(hidden, 1):
        assert test["name"] == f"hidden-{number}"
        assert test["input"] is None and test["expected"] is None and test["actual"] is None
    _assert_nothing_leaks(json.dumps(body))
    for page in pages:
        _assert_nothing_leaks(page)


# Returns an instance of a class named after its arguments: the worker's "returned a <class
# name>, which is not plain data" would spell the input of every test it answers.
TYPE_NAMED_AFTER_INPUT = """
import json


def two_sum(nums, target):
    return type(json.dumps([nums, target]), (), {})()
"""


def test_hiring_mode_shows_no_input_a_submission_wrote_into_a_message(make_app: MakeApp) -> None:
    with TestClient(make_app(hiring=True)) as client:
        ident = submit(client, TYPE_NAMED_AFTER_INPUT).json()["id"]
        body = wait_done(client, ident)
        pages = [client.get(f"/submissions/{ident}{end}").text for end in ("", "/result")]
    tests = body["report"]["tests"]
    samples = [t for t in tests if not t["hidden"]]
    # A sample's message does spell its input: the attack works where it may be shown.
    assert samples and all(json.dumps(t["input"]) in t["message"] for t in samples)
    hidden = [t for t in tests if t["hidden"]]
    for number, test in enumerate(hidden, 1):
        _assert_hidden_withheld(test, number)
    failed = [t for t in hidden if t["verdict"] == "WA"]
    assert failed and all(
        t["message"]
        == "the returned value is not plain data (details are not shown for a hidden test)"
        for t in failed
    )
    _assert_nothing_leaks(json.dumps(body))
    for page in pages:
        _assert_nothing_leaks(page)


def test_a_message_judged_under_reveal_all_is_withheld_after_a_restart(make_app: MakeApp) -> None:
    with TestClient(make_app(reveal_hidden="all")) as client:
        ident = submit(client, TYPE_NAMED_AFTER_INPUT).json()["id"]
        before = wait_done(client, ident)["report"]
    shown = [t for t in before["tests"] if t["hidden"] and t["verdict"] == "WA"]
    assert shown and all(json.dumps(t["input"])[:40] in t["message"] for t in shown)
    with TestClient(make_app()) as client:  # the same database, started without --reveal
        body = client.get(f"/api/submissions/{ident}").json()
        pages = [client.get(f"/submissions/{ident}{end}").text for end in ("", "/result")]
    hidden = [t for t in body["report"]["tests"] if t["hidden"]]
    for number, test in enumerate(hidden, 1):
        _assert_hidden_withheld(test, number)
        if test["verdict"] == "WA":
            assert test["message"] == "Wrong Answer (details are not shown for a hidden test)"
    _assert_nothing_leaks(json.dumps(body))
    for page in pages:
        _assert_nothing_leaks(page)
