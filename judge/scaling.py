"""Empirical complexity: run a solution on inputs of growing size and fit how it scales.

A Python problem's generator.py may define the hook

    def scaled(n, seed):
        '''The arguments of one call with input size n, shaped like the worst cases.'''

(and optionally `SCALED_MAX`, the largest n worth trying). The ladder doubles n from
`FIRST` up to that; every size runs `repeats` times in one sandbox (the same runner, worker
and supervisor as judging: the supervisor measures each call's CPU time and added memory
from outside). Each size counts with its *fastest* run (noise on a loaded machine only ever
adds time) and its largest added memory. Before each new size the next one's time is
predicted from the last two; the ladder stops when that would overrun the per-call cap or
the budget, or at the first call that fails.

The problem's reference solution (its first accepted solution) climbs the same ladder, and
each answer of the submission is checked against the reference's with the problem's checker
wherever the reference's answer came back readable (answers up to about 1 MiB of JSON): a
measurement of wrong answers is not offered. Time includes decoding the arguments, as a
judged test's does, so nothing is measured below the size of its input.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from judge.complexity import Fit, fit
from judge.judging import Options, test_result
from judge.kinds import kind_of
from judge.kinds.python.adapter import PythonKind
from judge.model import (
    CheckerSpec,
    Problem,
    Report,
    Submission,
    TestCase,
    TestResult,
    Verdict,
)
from judge.problem import ProblemError, load_author_module
from judge.runners.base import Runner
from judge.supervisor.protocol import CompileError, Event, Fault, LoadError, TestEvent

FIRST = 8  # the first size of every ladder
TOP = 1 << 17  # the last, unless the generator's SCALED_MAX says less
SEED = 20
REPEATS = 3
BUDGET = 4.0  # CPU seconds one solution may spend on the whole ladder
CAP = 1.0  # CPU seconds one call may take
MIN_TIME = 20e-6  # a size's time below this is noise, not growth
MIN_MEMORY_KB = 256  # likewise for added memory (pages come 4 KiB at a time)


class NotMeasurable(ValueError):
    """Complexity cannot be measured for this problem: the message says why, in words."""


@dataclass(frozen=True)
class Settings:
    repeats: int = REPEATS
    budget: float = BUDGET
    cap: float = CAP
    top: int = TOP


@dataclass(frozen=True)
class Ladder:
    """What one solution did on the ladder: per size its fastest time and largest memory."""

    sizes: tuple[int, ...]
    times: tuple[float, ...]
    memory_kb: tuple[int, ...]
    stopped: str  # why the ladder ended, in words
    failure: str = ""  # a failing call (error, wrong answer): then nothing is fitted
    answers: tuple[tuple[int, Any], ...] = ()  # (size, answer) where it could be read


@dataclass(frozen=True)
class Analysis:
    ladder: Ladder
    time: Fit | None
    memory: Fit | None


@dataclass(frozen=True)
class Complexity:
    mine: Analysis
    reference: Analysis | None
    reference_name: str = ""


def unavailable(problem: Problem) -> str:
    """Why complexity cannot be measured on this problem ("" when it can)."""
    if problem.kind != "python":
        return f"complexity is measured for Python problems only ({problem.slug} is not one)"
    if _hook(problem) is None:
        return (
            f"problem {problem.slug} cannot be measured: its generator.py has no "
            "scaled(n, seed) hook making inputs of a given size"
        )
    return ""


def analyze(
    problem: Problem,
    submission: Submission,
    runner: Runner,
    settings: Settings = Settings(),
    reference: Path | None = None,
) -> Complexity:
    """The submission's and the reference solution's ladders and fits, answers checked."""
    why = unavailable(problem)
    if why:
        raise NotMeasurable(why)
    ref_path = reference or _reference_path(problem)
    ref = None
    if ref_path is not None:
        code = Submission(ref_path.read_text(encoding="utf-8"), "python")
        ref = analysis(measure(problem, code, runner, settings))
    mine = measure(problem, submission, runner, settings)
    if ref is not None and not mine.failure:
        wrong = _compare(problem, mine, ref.ladder)
        if wrong:
            mine = replace(mine, failure=wrong)
    return Complexity(analysis(mine), ref, ref_path.name if ref_path else "")


def analysis(ladder: Ladder) -> Analysis:
    if ladder.failure:
        return Analysis(ladder, None, None)
    return Analysis(
        ladder,
        fit(ladder.sizes, ladder.times, floor=MIN_TIME),
        fit(ladder.sizes, [float(m) for m in ladder.memory_kb], floor=MIN_MEMORY_KB),
    )


def ladder_sizes(problem: Problem, top: int = TOP) -> list[int]:
    hook = _hook(problem)
    limit = min(top, int(getattr(hook, "SCALED_MAX", top) or top))
    sizes, n = [], FIRST
    while n <= limit:
        sizes.append(n)
        n *= 2
    return sizes


def measure(
    problem: Problem, submission: Submission, runner: Runner, settings: Settings = Settings()
) -> Ladder:
    """Run `submission` up the ladder in one sandbox; see the module's docstring."""
    why = unavailable(problem)
    if why:
        raise NotMeasurable(why)
    kind = kind_of("python")
    sizes = ladder_sizes(problem, settings.top)
    repeats = max(settings.repeats, 1)
    inputs = [_inputs(problem, n) for n in sizes]
    tests = [t for t in inputs for _ in range(repeats)]
    # Answers are recorded, not judged: an exact checker against a placeholder (None).
    run = replace(
        problem,
        tests=tuple(tests),
        checker=CheckerSpec("exact"),
        limits=replace(problem.limits, time=settings.cap),
    )
    prepared = kind.prepare(run, submission, tests, Options(stop_on_failure=True))
    if isinstance(prepared, Report):
        return Ladder((), (), (), "it did not run", failure=prepared.message)
    prepared.job.payload["stop_from"] = 0
    times: dict[int, float] = {}
    memory: dict[int, int] = {}
    answers: dict[int, Any] = {}
    spent = [0.0]  # CPU seconds so far
    state = {"stopped": f"the largest size ({sizes[-1]})", "failure": ""}

    def on_event(event: Event) -> bool:
        if isinstance(event, CompileError):
            state["failure"] = f"compile error: {event.message}"
        elif isinstance(event, (LoadError, Fault)):
            state["failure"] = f"it did not load: {event.error}"
        if not isinstance(event, TestEvent) or not 0 <= event.index < len(tests):
            return False
        n = sizes[event.index // repeats]
        result = test_result(kind, run, tests[event.index], event, prepared)
        spent[0] += result.time or 0.0
        if result.verdict is Verdict.TLE:
            state["stopped"] = f"size {n} took longer than {settings.cap:g} s"
            return True
        if result.verdict not in (Verdict.AC, Verdict.WA):
            state["failure"] = f"{result.verdict.label} at n = {n}: {result.message}"
            return True
        times[n] = min(times.get(n, float("inf")), result.time or 0.0)
        memory[n] = max(memory.get(n, 0), result.memory_growth_kb or 0)
        if _answered(result):
            answers[n] = result.actual
        if (event.index + 1) % repeats:
            return False
        ahead = _predict(sizes, times, event.index // repeats)
        if ahead is not None and ahead > settings.cap:
            state["stopped"] = f"the next size would take over {settings.cap:g} s"
            return True
        if ahead is not None and spent[0] + repeats * ahead > settings.budget:
            state["stopped"] = f"the next size would overrun the {settings.budget:g} s budget"
            return True
        return False

    runner.run(prepared.job, on_event)
    done = [n for n in sizes if n in times]
    return Ladder(
        sizes=tuple(done),
        times=tuple(times[n] for n in done),
        memory_kb=tuple(memory[n] for n in done),
        stopped=state["stopped"],
        failure=state["failure"],
        answers=tuple((n, answers[n]) for n in done if n in answers),
    )


def _predict(sizes: list[int], times: dict[int, float], index: int) -> float | None:
    """The next size's time: this one's, grown as much as it grew from the one before
    (between 2x and 16x per doubling); None at the top of the ladder."""
    if index + 1 >= len(sizes):
        return None
    now = times[sizes[index]]
    before = times.get(sizes[index - 1]) if index else None
    ratio = now / before if before else 4.0
    return now * min(max(ratio, 2.0), 16.0)


def _answered(result: TestResult) -> bool:
    # Against the placeholder an answer is AC (it was None) or WA carrying the value.
    return result.verdict is Verdict.AC or result.actual is not None


def _compare(problem: Problem, mine: Ladder, reference: Ladder) -> str:
    """The first size whose answer the problem's checker refuses ("" for none)."""
    kind = PythonKind()
    theirs = dict(reference.answers)
    tests = {n: _inputs(problem, n) for n in mine.sizes}
    for n, answer in mine.answers:
        if n not in theirs:
            continue
        test = replace(tests[n], expected=theirs[n])
        ok, note = kind.check(problem, test, answer)
        if not ok:
            return f"Wrong Answer at n = {n}, against the reference solution: {note}".strip()
    return ""


def _inputs(problem: Problem, n: int) -> TestCase:
    """The test of size n (made once per loaded problem: the JSON is encoded once too)."""

    def make() -> TestCase:
        hook = _hook(problem)
        assert hook is not None
        try:
            args = hook.scaled(n, SEED)
        except Exception as exc:
            raise ProblemError(
                f"{problem.path / 'generator.py'}: scaled({n}, {SEED}) failed: {exc!r}"
            ) from None
        return TestCase(
            f"n={n}", [list(a) if isinstance(a, tuple) else a for a in args], None, True
        )

    return problem.remember(("scaled", n), make)  # type: ignore[no-any-return]


def _hook(problem: Problem) -> Any:
    """The generator module when it has `scaled`, else None (loaded once per problem)."""

    def load() -> Any:
        path = problem.path / "generator.py"
        if not path.is_file():
            return None
        module = load_author_module(path, f"problem {problem.slug!r}")
        return module if callable(getattr(module, "scaled", None)) else None

    return problem.remember(("scaled-hook",), load)


def _reference_path(problem: Problem) -> Path | None:
    folder = problem.path / "solutions" / "accepted"
    found = sorted(folder.glob("*.py")) if folder.is_dir() else []
    return found[0] if found else None


def fit_json(found: Fit | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {
        "exponent": round(found.exponent, 3),
        "low": round(found.low, 3),
        "high": round(found.high, 3),
        "class": found.label,
        "constant": found.constant,
        "coefficient": found.coefficient,
    }


def analysis_json(found: Analysis) -> dict[str, Any]:
    ladder = found.ladder
    return {
        "time": fit_json(found.time),
        "memory": fit_json(found.memory),
        "sizes": list(ladder.sizes),
        "times": [round(t, 7) for t in ladder.times],
        "memory_kb": list(ladder.memory_kb),
        "stopped": ladder.stopped,
        "failure": ladder.failure,
    }


def to_json(found: Complexity) -> dict[str, Any]:
    """The JSON report's `complexity` object (judge.report documents it)."""
    data = analysis_json(found.mine)
    reference = None
    if found.reference is not None:
        reference = {"solution": found.reference_name, **analysis_json(found.reference)}
    return {**data, "reference": reference}


def summary(found: Complexity) -> str:
    """One line: "yours: ~O(n^2) (k = 1.97 ± 0.05); reference: ~O(n) (k = 1.02 ± 0.03)"."""
    return f"yours: {_words(found.mine)}; reference: " + (
        _words(found.reference) if found.reference is not None else "none"
    )


def _words(found: Analysis) -> str:
    if found.ladder.failure:
        return f"not measured ({found.ladder.failure.splitlines()[0][:200]})"
    if found.time is None:
        return f"not measured (too few sizes ran: {len(found.ladder.sizes)})"
    return found.time.describe()
