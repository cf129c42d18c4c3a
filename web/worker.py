"""The in-process worker pool: a bounded queue of submission ids and a few judging threads.

A thread only drives a runner, which starts the sandboxed process (local child or Docker
container); submitted code never runs in the server's own process. Results of the test
being judged are kept on a `Board` so pages can show them live; the final report goes to
the store. Admission is bounded: when `capacity` submissions are already waiting or
running, `submit` raises `QueueFull` with a hint of when to retry.
"""

from __future__ import annotations

import json
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from judge.catalog import Catalog
from judge.custom import run_custom
from judge.judging import Mode, Options, Reveal, judge, select_tests
from judge.model import Report, Submission, TestResult, Verdict
from judge.report import to_json
from judge.runners.base import Runner
from judge.standing import Run, reference_runs
from web.store import NewSubmission, Store, StoredSubmission

# A submission that was running when the server died this many times is not tried again:
# it may be what brings the server down.
MAX_ATTEMPTS = 3
# Values kept in a stored report are cut above this many characters of JSON: a hidden
# test of 100,000 numbers helps nobody on a web page and would bloat the database.
MAX_VALUE_CHARS = 16 * 1024
PREVIEW_CHARS = 400
TRIMMED = "characters of JSON; too large)"  # ends a preview that replaced a value


class QueueFull(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the judging queue is full; retry in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Live:
    """What is known of a submission being judged: its results so far and how many to expect."""

    total: int
    tests: tuple[dict[str, Any], ...]


class Board:
    """Results of the submissions being judged right now, as they arrive (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[str, Live] = {}

    def begin(self, ident: str, total: int) -> None:
        with self._lock:
            self._live[ident] = Live(total, ())

    def add(self, ident: str, test: dict[str, Any]) -> None:
        with self._lock:
            live = self._live.get(ident)
            if live is not None:
                self._live[ident] = Live(live.total, (*live.tests, test))

    def get(self, ident: str) -> Live | None:
        with self._lock:
            return self._live.get(ident)

    def end(self, ident: str) -> None:
        with self._lock:
            self._live.pop(ident, None)


class WorkerPool:
    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        runner: Runner,
        *,
        workers: int,
        capacity: int,
        reveal: Reveal,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.runner = runner
        self.workers = max(1, workers)
        self.capacity = max(1, capacity)
        self.reveal = reveal
        self.board = Board()
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()
        self._pending = 0  # queued or running
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._seconds = 1.0  # moving average of one judgement, for Retry-After
        # The problem's accepted solutions' runs here, by slug: what an accepted submission
        # is compared with besides the stored ones (judge.standing caches them on disk too).
        self.references: dict[str, list[Run]] = {}
        self._references_lock = threading.Lock()

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def start(self) -> int:
        """Queue what a previous run left unfinished, start the threads; returns that count."""
        left = self.store.unfinished()
        with self._lock:
            self._pending += len(left)
        for ident in left:
            self._queue.put(ident)  # recovered work is never refused
        for n in range(self.workers):
            thread = threading.Thread(target=self._work, name=f"judge-worker-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return len(left)

    def stop(self, grace: float) -> None:
        """Let running judgements finish (up to `grace` seconds); queued ones stay queued."""
        self._stopping.set()
        for _ in self._threads:
            self._queue.put(None)
        deadline = time.monotonic() + grace
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        # A thread still judging is a daemon: its submission stays `running` in the store
        # and is judged again on the next start.

    def submit(self, new: NewSubmission) -> StoredSubmission:
        with self._lock:
            if self._pending >= self.capacity:
                raise QueueFull(self._retry_after())
            record = self.store.add(new)
            self._pending += 1
        self._queue.put(record.id)
        return record

    def _retry_after(self) -> int:
        waiting = self._pending / self.workers
        return max(1, min(120, round(waiting * self._seconds)))

    def _work(self) -> None:
        while True:
            ident = self._queue.get()
            if ident is None or self._stopping.is_set():
                return
            began = time.monotonic()
            try:
                self._judge(ident)
            finally:
                with self._lock:
                    self._pending -= 1
                    self._seconds = 0.8 * self._seconds + 0.2 * (time.monotonic() - began)

    def _judge(self, ident: str) -> None:
        record = self.store.start(ident)
        if record is None:
            return
        try:
            if record.attempts > MAX_ATTEMPTS:
                report = Report(
                    record.problem,
                    Verdict.IE,
                    (),
                    f"the judge stopped {MAX_ATTEMPTS} times while judging this submission",
                )
            else:
                report = self._run(record, lambda t: self.board.add(ident, result_json(t)))
                if report.verdict is Verdict.AC and record.mode in ("submit", "all"):
                    self._reference_runs(record.problem)
        except Exception as exc:  # a fault of the judge: the submission still gets an answer
            report = Report(
                record.problem, Verdict.IE, (), f"internal error: {exc}", self.runner.name
            )
        try:
            self.store.finish(ident, trim_report(to_json(report)))
        except sqlite3.ProgrammingError:
            # The server stopped (store closed) while this judgement outlived the grace
            # period: the submission stays `running` and is judged again on the next start.
            return
        finally:
            self.board.end(ident)

    def _run(self, record: StoredSubmission, on_result: Callable[[TestResult], None]) -> Report:
        problem = self.catalog.load(record.problem)
        if record.mode == "custom":  # the candidate's own cases, beside the reference's answers
            self.board.begin(record.id, len(record.cases or []))
            code = Submission(record.code, record.language, record.dialect)
            return run_custom(problem, code, record.cases or [], self.runner)[0]
        mode: Mode = "run" if record.mode == "run" else "submit"
        self.board.begin(record.id, len(select_tests(problem, mode)))
        submission = Submission(record.code, record.language, record.dialect)
        # Like LeetCode's Submit, a submission stops at its first failing hidden test,
        # unless every test was asked for ("all").
        options = Options(mode=mode, reveal=self.reveal, stop_on_failure=record.mode == "submit")
        return judge(problem, submission, self.runner, options, on_result)

    def _reference_runs(self, slug: str) -> None:
        """Run the problem's accepted solutions once, for the runtime distribution."""
        with self._references_lock:
            if slug in self.references:
                return
            try:
                runs = reference_runs(self.catalog.load(slug), self.runner)
            except Exception:  # only the distribution goes without them
                runs = []
            self.references[slug] = runs


def as_revealed(record: StoredSubmission, reveal: Reveal) -> StoredSubmission:
    """The record as this server's reveal policy shows it. Reports are stored as judged, so
    one judged under a looser policy (an older server, or a `--reveal` since dropped) must
    not show more of its hidden tests than the server now allows."""
    if record.report is None or reveal == "all":
        return record
    tests, number = [], 0
    for test in record.report["tests"]:
        if test.get("hidden"):
            number += 1
            test = {**test, "expected": None, "actual": None, "stdout": ""}
            if reveal == "none":
                test.update(name=f"hidden-{number}", input=None)
        tests.append(test)
    return replace(record, report={**record.report, "tests": tests})


def result_json(test: TestResult) -> dict[str, Any]:
    """One test result in the shape of the report's `tests` entries, trimmed for storage."""
    shaped = to_json(Report("", test.verdict, (test,)))["tests"][0]
    return _trim_test(shaped)


def trim_report(report: dict[str, Any]) -> dict[str, Any]:
    return {**report, "tests": [_trim_test(t) for t in report["tests"]]}


def _trim_test(test: dict[str, Any]) -> dict[str, Any]:
    out = dict(test)
    for key in ("input", "expected", "actual"):
        value = out.get(key)
        if value is None:
            continue
        text = json.dumps(value)
        if len(text) > MAX_VALUE_CHARS:
            out[key] = f"{text[:PREVIEW_CHARS]} … ({len(text):,} {TRIMMED}"
    for key in ("stdout", "message"):
        text = out.get(key) or ""
        if len(text) > MAX_VALUE_CHARS:
            out[key] = text[:MAX_VALUE_CHARS] + f"\n… ({len(text):,} characters in all)"
    return out
