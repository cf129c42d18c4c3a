"""Judging one submission: problem + code → runner → checker → `Report`.

The kind adapter (Python, SQL, ML) builds the job (inputs only) and turns each test event
into a `TestResult`; this module runs the job, streams results as they come, and accounts
for tests the process never reached (killed, crashed, stopped early).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from judge.kind import Mode, Options, Prepared, Reveal, measured, raised
from judge.kinds import kind_for, languages_of, takes
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.nesting import TOO_DEEP, deeper_than
from judge.runners.base import Runner, RunOutcome, speed_factor
from judge.supervisor.protocol import (
    CompileError,
    Event,
    Fault,
    LoadError,
    Ready,
    TestEvent,
    reply_text,
)

__all__ = ["Mode", "Options", "Reveal", "judge", "select_tests"]

DEFAULT_OPTIONS = Options()
ResultSink = Callable[[TestResult], None]
LoadEvent = Ready | CompileError | LoadError | Fault

# The one table of statuses whose verdict the core decides, for every kind: the supervisor's
# findings (`status` of a test event) first, then what a worker may say of its own failure.
# A worker's claim can only ever hurt its own submission: no status of it is Accepted or
# Internal Error.
SUPERVISOR = {
    "timeout": (Verdict.TLE, "time limit exceeded"),
    "wall": (Verdict.TLE, "wall-clock limit exceeded (sleeping or blocked?)"),
    "memory": (Verdict.MLE, "memory limit exceeded"),
    "crashed": (Verdict.RTE, "the process died"),
    "protocol": (Verdict.RTE, "the submission interfered with the judge"),
}
COMMON = {
    "output": (Verdict.OLE, "flooded the output: printing far beyond the output limit"),
    "memory": (Verdict.MLE, "memory limit exceeded (MemoryError)"),
}
LOAD = {
    "timeout": Verdict.TLE,
    "wall": Verdict.TLE,
    "memory": Verdict.MLE,
    "output": Verdict.OLE,
    "error": Verdict.RTE,
    "crashed": Verdict.RTE,
    "protocol": Verdict.RTE,
}


def select_tests(problem: Problem, mode: Mode) -> list[TestCase]:
    return list(problem.samples if mode == "run" else problem.tests)


def judge(
    problem: Problem,
    submission: Submission,
    runner: Runner,
    options: Options = DEFAULT_OPTIONS,
    on_result: ResultSink | None = None,
) -> Report:
    """Judge `submission`; each test gets the problem's (reference) time limit times the
    runner's calibrated factor for its kind, and the report says which limit that was."""
    problem = effective(problem, factor_of(problem, runner, submission.language))
    report = _judge(problem, submission, runner, options, on_result)
    return replace(report, time_limit=problem.limits.time)


def speed_parts(problem: Problem, language: str | None = None) -> tuple[str, ...] | None:
    """The calibration parts that model a submission to `problem` in `language` (else in
    the problem's own language); None when the problem does not take that language."""
    own = languages_of(problem.kind)
    kind = kind_for(problem.kind, language or (own[0] if own else ""))
    return None if kind is None else kind.speed_parts


def factor_of(problem: Problem, runner: Runner, language: str | None = None) -> float:
    """The runner's speed factor for `problem` (a submission in `language`, else in the
    problem's own): this host's speed at what that kind's submissions spend time on."""
    parts = speed_parts(problem, language)
    if parts is None:
        return runner.factor
    return speed_factor(runner.factor, runner.ratios, parts)


def effective(problem: Problem, factor: float) -> Problem:
    """The problem with its time limit for a host `factor` times the reference machine."""
    if factor == 1.0:
        return problem
    limit = round(problem.limits.time * factor, 3)
    return replace(problem, limits=replace(problem.limits, time=limit))


def _judge(
    problem: Problem,
    submission: Submission,
    runner: Runner,
    options: Options,
    on_result: ResultSink | None,
) -> Report:
    kind = kind_for(problem.kind, submission.language)
    if kind is None:
        message = f"problem {problem.slug!r} takes {takes(problem.kind)}, not {submission.language}"
        return Report(problem.slug, Verdict.CE, (), message)
    if kind.runs_on_host and runner.name != "local":
        from judge.runners.local import LocalRunner

        runner = LocalRunner()
    tests = select_tests(problem, options.mode)
    prepared = kind.prepare(problem, submission, tests, options)
    if isinstance(prepared, Report):
        return prepared
    results: dict[int, TestResult] = {}
    load: list[LoadEvent] = []
    # Samples always all run; a failing hidden test stops the run when asked to.
    stop_from = next((i for i, t in enumerate(tests) if t.hidden), len(tests))
    labels = _labels(tests)
    prepared.job.payload["stop_from"] = stop_from

    def on_event(event: Event) -> bool:
        if isinstance(event, TestEvent):
            index = event.index
            if not 0 <= index < len(tests) or index in results:
                return False
            result = _shown(
                test_result(kind, problem, tests[index], event, prepared),
                options.reveal,
                labels[index],
            )
            results[index] = result
            if on_result is not None:
                on_result(result)
            failed = result.verdict is not Verdict.AC
            return options.stop_on_failure and failed and index >= stop_from
        if isinstance(event, (Ready, CompileError, LoadError, Fault)):
            load.append(event)
        return False

    outcome = runner.run(prepared.job, on_event)
    report = assemble(problem, tests, results, load, outcome, options, runner.name, on_result)
    if not report.message:
        text = kind.notice(problem, submission)
        if text:
            report = replace(report, message=text)
    return report


def test_result(
    kind: Any, problem: Problem, test: TestCase, event: TestEvent, prepared: Prepared
) -> TestResult:
    """One test's verdict: the supervisor's finding, a worker's failure, or the kind's check."""
    if event.status in SUPERVISOR:
        verdict, words = SUPERVISOR[event.status]
        if event.status == "timeout":
            words = f"{words} (CPU {event.time:.3f} s, limit {_limit(prepared, event):g} s)"
        elif event.status == "wall":
            words = f"{words} ({event.wall:.3f} s of wall time, CPU {event.time:.3f} s)"
        elif event.status == "memory":
            words = f"{words} ({event.memory_kb // 1024} MiB, limit {problem.limits.memory_mb} MiB)"
        note = event.error.strip()
        return measured(test, event, verdict, f"{words}: {note}" if note else words)
    status = reply_text(event.reply, "status")
    if status in COMMON:
        verdict, words = COMMON[status]
        return measured(test, event, verdict, words)
    # A worker refuses to send a value nested this deeply, unless the submission (which runs
    # in it) lifted its cap: the same verdict here, before a kind walks the reply (a table's
    # cells, an ML task's outputs), and no report carries the value (a Python answer is
    # decoded by its kind, then checked).
    if deeper_than(event.reply):
        return measured(test, event, Verdict.WA, TOO_DEEP)
    result: TestResult = kind.result(problem, test, event, prepared.context)
    if deeper_than(result.actual):
        return replace(
            result, verdict=Verdict.WA, message=TOO_DEEP, actual=None, hidden_message=None
        )
    return result


def _limit(prepared: Prepared, event: TestEvent) -> float:
    tests = prepared.job.payload.get("tests") or []
    own = tests[event.index].get("time_limit") if event.index < len(tests) else None
    return float(own or prepared.job.payload.get("time_limit") or 0.0)


def assemble(
    problem: Problem,
    tests: list[TestCase],
    results: dict[int, TestResult],
    load: list[LoadEvent],
    outcome: RunOutcome,
    options: Options,
    runner: str,
    on_result: ResultSink | None,
) -> Report:
    fault = next((e for e in load if isinstance(e, Fault)), None)
    if fault is not None:  # the supervisor's own failure: the one Internal Error it reports
        return Report(problem.slug, Verdict.IE, (), f"the judge failed: {fault.error}", runner)
    first = load[0] if load else None
    if isinstance(first, CompileError):
        return Report(problem.slug, Verdict.CE, (), first.message, runner)
    if isinstance(first, LoadError):
        verdict = LOAD.get(first.status, Verdict.RTE)
        message = first.error or "the submission failed while loading"
        return Report(problem.slug, verdict, (), message, runner)
    if first is None and not results:
        return _no_start(problem, outcome, runner)

    ordered: list[TestResult] = []
    death_reported = False
    labels = _labels(tests)
    for index, test in enumerate(tests):
        if index in results:
            ordered.append(results[index])
            continue
        # A run that ended cleanly stopped on purpose (stop on failure, output cap): the rest
        # were not run. Otherwise the first missing test is the one the process died in.
        if (
            not death_reported
            and not outcome.finished
            and outcome.killed != "stopped"
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
            labels[index],
        )
        ordered.append(result)
        if on_result is not None:
            on_result(result)
    failing = next((r for r in ordered if r.verdict is not Verdict.AC), None)
    verdict = failing.verdict if failing else Verdict.AC
    return Report(problem.slug, verdict, tuple(ordered), "", runner)


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
    if "Traceback" in outcome.stderr:  # the supervisor's stderr: the worker cannot write it
        message = f"the judge's supervisor failed: {outcome.stderr[-2000:]}"
        return Report(problem.slug, Verdict.IE, (), message, runner)
    verdict, message = _death(outcome)
    return Report(problem.slug, verdict, (), f"{message} (while loading the submission)", runner)


def _labels(tests: list[TestCase]) -> list[str]:
    """Each hidden test's public name: its place among the hidden tests, `hidden-3`."""
    labels, hidden = [], 0
    for test in tests:
        hidden += test.hidden
        labels.append(f"hidden-{hidden}")
    return labels


def _shown(result: TestResult, reveal: Reveal, label: str) -> TestResult:
    """Strip what the reveal policy does not allow for hidden tests.

    With nothing revealed, even a hidden test's name is replaced by its number: authors'
    names ("answer-at-the-far-end") describe what the test probes; and a message that quotes
    the sandbox gives way to the judge's own words for it (the submission could have
    written the input there).
    """
    if not result.hidden or reveal == "all":
        return result
    if reveal == "input":
        return replace(result, expected=None, actual=None, stdout="")
    own = result.hidden_message
    return replace(
        result,
        name=label,
        input=None,
        expected=None,
        actual=None,
        stdout="",
        message=own if own is not None else _withheld(result.message),
    )


_AT_OPERATION = re.compile(r"wrong answer at operation \d+, \w+\((\)?)")


def _withheld(message: str) -> str:
    """A hidden test's message without the values in it. A message quoting the sandbox comes
    with the judge's own words for it (`TestResult.hidden_message`); what is left are the
    judge's words, of which a class design's wrong answer names the call and the expected
    result. A traceback here (none should be) is summed up all the same."""
    if "Traceback (most recent call last)" in message:
        return raised(message)
    operation = _AT_OPERATION.match(message)
    if operation:
        call = operation.group() if operation[1] else operation.group() + "…)"
        return f"{call} (the values of a hidden test are not shown)"
    return message
