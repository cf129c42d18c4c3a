"""Judging one submission: problem + code → runner → checker → `Report`.

The kind adapter (Python, SQL, ML) builds the job (inputs only) and turns each test event
into a `TestResult`; this module runs the job, streams results as they come, and accounts
for tests the process never reached (killed, crashed, stopped early).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.runners.base import Job, Runner, RunOutcome

Mode = Literal["run", "submit"]
Reveal = Literal["none", "input", "all"]
ResultSink = Callable[[TestResult], None]


@dataclass(frozen=True)
class Options:
    mode: Mode = "submit"  # run: sample tests only; submit: samples and hidden tests
    reveal: Reveal = "none"  # what of a hidden test a report may show
    stop_on_failure: bool = False


class Adapter(Protocol):
    """What each problem kind provides."""

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Job | Report: ...

    def result(self, problem: Problem, test: TestCase, event: dict[str, Any]) -> TestResult: ...


def select_tests(problem: Problem, mode: Mode) -> list[TestCase]:
    return list(problem.samples if mode == "run" else problem.tests)


def judge(
    problem: Problem,
    submission: Submission,
    runner: Runner,
    options: Options = Options(),
    on_result: ResultSink | None = None,
) -> Report:
    from judge.kinds import adapter_for

    adapter = adapter_for(problem.kind)
    if getattr(adapter, "runs_locally", False) and runner.name != "local":
        from judge.runners.local import LocalRunner

        runner = LocalRunner()
    tests = select_tests(problem, options.mode)
    prepared = adapter.prepare(problem, submission, tests, options)
    if isinstance(prepared, Report):
        return prepared
    results: dict[int, TestResult] = {}
    load: list[dict[str, Any]] = []

    def on_event(event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "test":
            index = event.get("index")
            if not isinstance(index, int) or not 0 <= index < len(tests) or index in results:
                return
            result = _shown(
                adapter.result(problem, tests[index], event), options.reveal, _label(tests, index)
            )
            results[index] = result
            if on_result is not None:
                on_result(result)
        elif kind in ("ready", "compile_error", "load_error"):
            load.append(event)

    outcome = runner.run(prepared, on_event)
    report = assemble(problem, tests, results, load, outcome, options, runner.name, on_result)
    # An adapter may add a word that is not a verdict (the SQL window-function hint).
    notice = getattr(adapter, "notice", None)
    if callable(notice) and not report.message:
        text = notice(problem, submission)
        if text:
            report = replace(report, message=str(text))
    return report


def assemble(
    problem: Problem,
    tests: list[TestCase],
    results: dict[int, TestResult],
    load: list[dict[str, Any]],
    outcome: RunOutcome,
    options: Options,
    runner: str,
    on_result: ResultSink | None,
) -> Report:
    first = load[0] if load else None
    if first is not None and first["event"] == "compile_error":
        return Report(problem.slug, Verdict.CE, (), str(first.get("message", "")), runner)
    if first is not None and first["event"] == "load_error":
        verdict = _STATUS_VERDICT.get(str(first.get("status")), Verdict.RTE)
        message = str(first.get("error") or "the submission failed while loading")
        return Report(problem.slug, verdict, (), message, runner)
    if first is None and not results:
        return _no_start(problem, outcome, runner)

    ordered: list[TestResult] = []
    death_reported = False
    for index, test in enumerate(tests):
        if index in results:
            ordered.append(results[index])
            continue
        # A run that ended cleanly stopped on purpose (stop on failure, output cap): the rest
        # were not run. Otherwise the first missing test is the one the process died in.
        if (
            not death_reported
            and not outcome.finished
            and not (options.stop_on_failure and _failed(ordered))
        ):
            verdict, message = _death(outcome)
            death_reported = True
        else:
            verdict, message = Verdict.SK, "not run"
        result = _shown(
            TestResult(
                test.name,
                test.hidden,
                verdict,
                None,
                None,
                message,
                input=test.args,
                expected=test.expected,
            ),
            options.reveal,
            _label(tests, index),
        )
        ordered.append(result)
        if on_result is not None:
            on_result(result)
    failing = next((r for r in ordered if r.verdict is not Verdict.AC), None)
    verdict = failing.verdict if failing else Verdict.AC
    return Report(problem.slug, verdict, tuple(ordered), "", runner)


_STATUS_VERDICT = {
    "timeout": Verdict.TLE,
    "memory": Verdict.MLE,
    "output": Verdict.OLE,
    "error": Verdict.RTE,
    "harness": Verdict.IE,  # the harness itself cannot work (e.g. DuckDB missing in the image)
}


def _failed(results: list[TestResult]) -> bool:
    return any(r.verdict is not Verdict.AC for r in results)


def _death(outcome: RunOutcome) -> tuple[Verdict, str]:
    """Why the process stopped before reporting a test, as the verdict of that test."""
    if outcome.killed == "wall":
        return Verdict.TLE, "killed at the wall-clock limit"
    if outcome.killed == "test":
        return Verdict.TLE, "killed: the test ran far past its time limit"
    if outcome.killed == "memory":
        return Verdict.MLE, "killed for using too much memory"
    if outcome.killed == "output":
        return Verdict.OLE, "wrote too much output"
    if outcome.protocol_error:
        return Verdict.RTE, f"the submission interfered with the judge: {outcome.protocol_error}"
    code = outcome.exit_code
    if code is not None and code < 0:
        return _signal_verdict(-code)
    if code == 137:  # a container's process killed by SIGKILL
        return _signal_verdict(9)
    return Verdict.RTE, f"the process exited (code {code}) before the test finished"


def _signal_verdict(signum: int) -> tuple[Verdict, str]:
    if signum == 24:  # SIGXCPU
        return Verdict.TLE, "CPU time limit exceeded"
    if signum == 25:  # SIGXFSZ
        return Verdict.OLE, "file size limit exceeded"
    if signum == 11:
        return Verdict.RTE, "the process crashed (segmentation fault; deep recursion?)"
    return Verdict.RTE, f"the process was killed by signal {signum}"


def _no_start(problem: Problem, outcome: RunOutcome, runner: str) -> Report:
    if outcome.killed == "wall":
        return Report(problem.slug, Verdict.TLE, (), "timed out while loading", runner)
    if outcome.killed == "memory":
        return Report(problem.slug, Verdict.MLE, (), "ran out of memory while loading", runner)
    if outcome.protocol_error:
        msg = f"the submission interfered with the judge: {outcome.protocol_error}"
        return Report(problem.slug, Verdict.RTE, (), msg, runner)
    if "pyharness" in outcome.stderr or "Traceback" in outcome.stderr:
        return Report(
            problem.slug, Verdict.IE, (), f"the harness failed: {outcome.stderr[-2000:]}", runner
        )
    verdict, message = _death(outcome)
    return Report(problem.slug, verdict, (), f"{message} (while loading the submission)", runner)


def _label(tests: list[TestCase], index: int) -> str:
    """A hidden test's public name: its place among the hidden tests, `hidden-3`."""
    return f"hidden-{sum(1 for t in tests[: index + 1] if t.hidden)}"


def _shown(result: TestResult, reveal: Reveal, label: str) -> TestResult:
    """Strip what the reveal policy does not allow for hidden tests.

    With nothing revealed, even a hidden test's name is replaced by its number: authors'
    names ("answer-at-the-far-end") describe what the test probes.
    """
    if not result.hidden or reveal == "all":
        return result
    if reveal == "input":
        return replace(result, expected=None, actual=None, stdout="")
    return replace(result, name=label, input=None, expected=None, actual=None, stdout="")
