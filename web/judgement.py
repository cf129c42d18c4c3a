"""One submission judged, wherever that happens: the in-process pool's threads
(web/worker.py) and `judge worker` on a judging machine (web/remote.py) both call `Judgement`.

It takes a stored submission, drives the runner (which starts the sandboxed process or
container: submitted code never runs here), and returns the report as it is stored, its
values trimmed. A fault of the judge still gives the submission an answer (IE), and one that
took the judge down `MAX_ATTEMPTS` times is not tried again.
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Callable
from typing import Any

from judge.catalog import Catalog
from judge.custom import run_custom
from judge.judging import Mode, Options, Reveal, judge, select_tests
from judge.model import Report, Submission, TestResult, Verdict
from judge.report import to_json
from judge.runners.base import MissingModule, Runner
from judge.scaling import analyze
from judge.scaling import to_json as scaling_json
from judge.standing import Run, reference_runs
from web.store import StoredSubmission

# A submission that was running when its judge died this many times is not tried again:
# it may be what brings the judge down.
MAX_ATTEMPTS = 3
# Values kept in a stored report are cut above this many characters of JSON: a hidden
# test of 100,000 numbers helps nobody on a web page and would bloat the database.
MAX_VALUE_CHARS = 16 * 1024
PREVIEW_CHARS = 400
TRIMMED = "characters of JSON; too large)"  # ends a preview that replaced a value

Begin = Callable[[int], None]  # told how many results to expect
Each = Callable[[dict[str, Any]], None]  # each test's result, shaped and trimmed


class Judgement:
    def __init__(self, catalog: Catalog, runner: Runner, reveal: Reveal) -> None:
        self.catalog = catalog
        self.runner = runner
        self.reveal = reveal
        # The problem's accepted solutions' runs here, by slug: what an accepted submission
        # is compared with besides the stored ones (judge.standing caches them on disk too).
        self.references: dict[str, list[Run]] = {}
        self._references_lock = threading.Lock()

    def with_reveal(self, reveal: Reveal) -> Judgement:
        """The same judge (catalog, runner, reference runs) under another reveal policy."""
        if reveal == self.reveal:
            return self
        other = copy.copy(self)
        other.reveal = reveal
        return other

    def __call__(self, record: StoredSubmission, begin: Begin, each: Each) -> dict[str, Any]:
        try:
            if record.attempts > MAX_ATTEMPTS:
                report = Report(
                    record.problem,
                    Verdict.IE,
                    (),
                    f"the judge stopped {MAX_ATTEMPTS} times while judging this submission",
                )
            else:
                report = self._run(record, begin, lambda t: each(result_json(t)))
                if report.verdict is Verdict.AC and record.mode in ("submit", "all"):
                    self._reference_runs(record.problem)
        except MissingModule as exc:  # torch on a server judging without Docker: say so
            report = Report(record.problem, Verdict.IE, (), str(exc), self.runner.name)
        except Exception as exc:  # a fault of the judge: the submission still gets an answer
            report = Report(
                record.problem, Verdict.IE, (), f"internal error: {exc}", self.runner.name
            )
        data = trim_report(to_json(report))
        if record.mode == "complexity":
            data["complexity"] = self._complexity(record, report)
        return data

    def _complexity(self, record: StoredSubmission, report: Report) -> dict[str, Any] | None:
        """An accepted submission's growth beside the reference solution's, measured in the
        same runner (the sandbox); None for any other verdict (nothing else is measured)."""
        if report.verdict is not Verdict.AC:
            return None
        problem = self.catalog.load(record.problem)
        code = Submission(record.code, record.language, record.dialect)
        return scaling_json(analyze(problem, code, self.runner))

    def _run(
        self, record: StoredSubmission, begin: Begin, on_result: Callable[[TestResult], None]
    ) -> Report:
        problem = self.catalog.load(record.problem)
        if record.mode == "custom":  # the candidate's own cases, beside the reference's answers
            begin(len(record.cases or []))
            code = Submission(record.code, record.language, record.dialect)
            return run_custom(problem, code, record.cases or [], self.runner)[0]
        mode: Mode = "run" if record.mode == "run" else "submit"
        begin(len(select_tests(problem, mode)))
        submission = Submission(record.code, record.language, record.dialect)
        # Like LeetCode's Submit, a submission stops at its first failing hidden test,
        # unless every test was asked for ("all").
        stop = record.mode in ("submit", "complexity")
        # A submission sent in an assessment shows nothing of the hidden tests, whatever
        # this server reveals to everyone else (`--hiring` always applies to candidates).
        reveal: Reveal = "none" if record.assessment is not None else self.reveal
        options = Options(mode=mode, reveal=reveal, stop_on_failure=stop)
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


def result_json(test: TestResult) -> dict[str, Any]:
    """One test result in the shape of the report's `tests` entries, trimmed for storage."""
    shaped = to_json(Report("", test.verdict, (test,)))["tests"][0]
    return _trim_test(shaped)


def _json_prefix(value: Any, limit: int) -> str:
    """The value's JSON, or its first `limit` characters or a little more: a hidden test of
    100,000 numbers is encoded only as far as its preview needs."""
    if not isinstance(value, list | dict):
        return json.dumps(value)
    chunks, size = [], 0
    for chunk in json.JSONEncoder().iterencode(value):
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return "".join(chunks)


def trim_report(report: dict[str, Any]) -> dict[str, Any]:
    return {**report, "tests": [_trim_test(t) for t in report["tests"]]}


def _trim_test(test: dict[str, Any]) -> dict[str, Any]:
    out = dict(test)
    for key in ("input", "expected", "actual"):
        value = out.get(key)
        if value is None or (isinstance(value, str) and value.endswith(TRIMMED)):
            continue  # nothing, or a preview already
        text = _json_prefix(value, MAX_VALUE_CHARS + 1)
        if len(text) > MAX_VALUE_CHARS:
            out[key] = f"{text[:PREVIEW_CHARS]} … (more than {MAX_VALUE_CHARS:,} {TRIMMED}"
    for key in ("stdout", "message"):
        text = out.get(key) or ""
        if len(text) > MAX_VALUE_CHARS:
            out[key] = text[:MAX_VALUE_CHARS] + f"\n… ({len(text):,} characters in all)"
    return out
