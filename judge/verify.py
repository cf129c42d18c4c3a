"""Verifying problem folders, the way Kattis problemtools does.

For each problem: the metadata and files load; generated tests are deterministic; every
solution under `solutions/<verdict>/` gets that verdict; the time limit sits between the
slowest accepted solution × `AC_FACTOR` and what `time_limit_exceeded` solutions need
(they must still time out, every time, when given `TLE_MARGIN` × the limit).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from judge.calibration import measure
from judge.judging import Options, factor_of, judge, speed_parts
from judge.kinds import kind_of
from judge.model import SOLUTION_FOLDERS, MlConfig, Problem, Report, Verdict
from judge.problem import ProblemError, load_problem, run_generator
from judge.runners.base import MissingModule, Runner, speed_factor
from judge.scaffold import todos
from judge.sources import LANGUAGE_BY_SUFFIX, read_submission

AC_FACTOR = 2.0  # the limit must be at least this many times the slowest accepted test
TLE_MARGIN = 1.5  # too-slow solutions must still time out with this much more time
TLE_REPEATS = 2  # ... on every one of this many runs
# An accepted solution whose slowest test comes near the bound is run again, up to this many
# runs in all, and each test keeps its fastest time: other work on the machine only ever adds
# time (the calibration takes the fastest of its runs for the same reason).
AC_TRIES = 3
# If it is still near the bound, the calibration workload runs beside it: a machine that runs
# that workload slower than its calibrated speed just now is busy, and the slowest test is
# divided by that slowdown, up to LOAD_CAP (beyond that, verify asks for a quieter machine).
LOAD_CAP = 1.5


@dataclass
class SolutionCheck:
    path: Path
    expected: Verdict
    got: list[Verdict]
    ok: bool
    detail: str = ""


@dataclass
class ProblemCheck:
    slug: str
    folder: Path
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    solutions: list[SolutionCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and all(s.ok for s in self.solutions)


Progress = Callable[[str], None]


def verify_folder(
    folder: Path,
    runner: Runner,
    progress: Progress | None = None,
    tle_repeats: int = TLE_REPEATS,
    complexity: bool = False,
) -> ProblemCheck:
    check = ProblemCheck(folder.name, folder)
    left = todos(folder)  # a `judge new` skeleton: what its author has still to write
    check.errors.extend(
        f"left to fill in ({i}/{len(left)}): {line}" for i, line in enumerate(left, 1)
    )
    try:
        problem = load_problem(folder)
    except ProblemError as exc:
        check.errors.append(str(exc))
        return check
    try:
        _verify_loaded(problem, folder, runner, check, progress, tle_repeats)
        if complexity and problem.target_time is not None:
            _check_complexity(problem, runner, check, progress or (lambda _msg: None))
    except ProblemError as exc:  # e.g. a missing schema.sql, found when judging needs it
        check.errors.append(str(exc))
    return check


def _verify_loaded(
    problem: Problem,
    folder: Path,
    runner: Runner,
    check: ProblemCheck,
    progress: Progress | None,
    tle_repeats: int,
) -> None:
    say = progress or (lambda _msg: None)
    if (folder / "generator.py").is_file():
        _check_deterministic(folder, check)
    check.errors.extend(kind_of(problem.kind).verify(problem))
    check.errors.extend(stated_limits(problem))
    check.errors.extend(starter_names(problem))
    check.errors.extend(stated_examples(problem))
    solutions = _solutions(folder, check)
    if not any(v is Verdict.AC for _, v in solutions):
        check.errors.append(
            f"{folder / 'solutions' / 'accepted'}: needs at least one accepted solution"
        )
    slowest = 0.0
    for path, expected in solutions:
        say(f"{problem.slug}: {path.parent.name}/{path.name}")
        if expected is Verdict.TLE:
            check.solutions.append(_check_tle(problem, path, runner, tle_repeats))
            continue
        try:
            report = _judged(problem, path, runner, expected)
        except MissingModule as exc:  # a torch answer on a host without torch
            check.notes.append(
                f"skipped {path.parent.name}/{path.name}: it uses {exc.module}, which the "
                f"{runner.name} runner's Python lacks (verified under --sandbox docker)"
            )
            continue
        ok = report.verdict is expected
        detail = _first_failure(report) if not ok else ""
        if expected is Verdict.AC and ok:
            times = _fastest_times(problem, path, runner, report)
            slowest = max([slowest, *times])
        check.solutions.append(SolutionCheck(path, expected, [report.verdict], ok, detail))
    if slowest:
        _check_limit(problem, runner, slowest, check)


def _check_limit(problem: Problem, runner: Runner, slowest: float, check: ProblemCheck) -> None:
    """The limit (reference seconds x this host's factor) must be AC_FACTOR x the slowest
    accepted test, measured here; a proposal is in reference seconds, as problem.toml has it."""
    factor = factor_of(problem, runner)
    here = problem.limits.time * factor
    load = busy_now(problem, runner) if here < slowest * AC_FACTOR else 1.0
    measured = slowest / min(load, LOAD_CAP)
    floor = measured * AC_FACTOR / factor
    check.notes.append(
        f"slowest accepted test {slowest * 1000:.1f} ms"
        + (f" ({measured * 1000:.1f} ms at this host's usual speed)" if load > 1.0 else "")
        + f"; limit {problem.limits.time:g} s"
        + (f" (x {factor:.2f} here: {here:.3f} s)" if factor != 1.0 else "")
        + f", ratio {here / measured:.1f} (needs ≥ {AC_FACTOR:g})"
    )
    if here < measured * AC_FACTOR:
        busy = (
            f"; this machine ran the calibration workload {load:.2f}x slower than its usual "
            "speed just now: verify again when it is quieter"
            if load > LOAD_CAP
            else ""
        )
        check.errors.append(
            f"{check.folder / 'problem.toml'}: time limit {problem.limits.time:g} s "
            f"is below {AC_FACTOR:g} × the slowest accepted test "
            f"({slowest:.3f} s here): raise it to at least {floor:.2f} s{busy}"
        )


def busy_now(problem: Problem, runner: Runner) -> float:
    """How many times slower than its calibrated factor for `problem` the runner's sandbox
    runs the calibration workload right now (1.0 at its usual speed or faster)."""
    now = measure(runner, runs=2)
    parts = speed_parts(problem)
    if parts is None:
        return max(now.factor / runner.factor, 1.0)
    usual = speed_factor(runner.factor, runner.ratios, parts)
    return max(speed_factor(now.factor, now.ratios, parts) / usual, 1.0)


def starter_names(problem: Problem) -> list[str]:
    """The starter must define what the tests call: the function (or LeetCode's class
    Solution with the method), the design class with its methods, an ML task's functions."""
    entry = problem.entry
    if entry is None or problem.kind == "sql":
        return []
    path = problem.path / "starter.py"
    try:
        tree = ast.parse(problem.starter)
    except SyntaxError as exc:
        return [f"{path}: not valid Python: {exc}"]
    top = {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
    }

    def methods(name: str) -> set[str]:
        node = top.get(name)
        return (
            {m.name for m in node.body if isinstance(m, ast.FunctionDef)}
            if isinstance(node, ast.ClassDef)
            else set()
        )

    settings = problem.settings
    if isinstance(settings, MlConfig) and settings.functions:
        wanted = list(settings.functions)
        missing = [name for name in wanted if name not in top]
    elif entry.design:
        missing = [] if entry.function in top else [f"class {entry.function}"]
        if not missing:
            missing = [
                f"{entry.function}.{m}" for m in entry.methods if m not in methods(entry.function)
            ]
    else:
        found = entry.function in top or (
            entry.method is not None and entry.method in methods("Solution")
        )
        missing = [] if found else [entry.function]
    if not missing:
        return []
    return [
        f"{path}: does not define {', '.join(missing)}, which the tests call "
        "(problem.toml's [function] or [design] names it)"
    ]


def stated_examples(problem: Problem) -> list[str]:
    """Each example the statement shows (`nums = [5, 5], target = 10  ->  [0, 1]`) that names
    every argument must be a sample test with that answer (by the problem's checker)."""
    from judge.checkers import make_checker
    from judge.statement_examples import examples

    if problem.kind == "sql":
        return _stated_results(problem)
    if problem.kind != "python" or problem.entry is None or problem.entry.design:
        return []
    samples = [t for t in problem.tests if not t.hidden]
    check = make_checker(problem.checker, problem.path)
    errors = []
    for example in examples(problem.statement):
        args = list(example.args.values())
        if not samples or len(args) != len(samples[0].args):
            continue  # part of the input is written elsewhere (a grid above the lines)
        same = next((t for t in samples if t.args == args), None)
        where = f'{problem.path / "statement.md"}: the example "{example.line}"'
        if same is None:
            errors.append(f"{where} is not a test in tests/samples.json")
        elif not check(same.args, same.expected, example.expected)[0]:
            errors.append(
                f"{where} disagrees with tests/samples.json, whose {same.name} expects "
                f"{json.dumps(same.expected)}"
            )
    return errors


# "time limit 0.45 seconds", "the time limit is 1 second", "time limit: 250 ms"
STATED = re.compile(
    r"time\s+limit(?:\s+is|:)?\s+(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|seconds?)\b",
    re.IGNORECASE,
)


def stated_limits(problem: Problem) -> list[str]:
    """A limit written in the statement must be problem.toml's (the judge shows that one)."""
    errors = []
    for match in STATED.finditer(problem.statement):
        value = float(match.group(1)) / (1000 if match.group(2).lower().startswith("m") else 1)
        if abs(value - problem.limits.time) > 1e-9:
            errors.append(
                f'{problem.path / "statement.md"}: says "{match.group(0)}" but problem.toml\'s '
                f"time limit is {problem.limits.time:g} s (`judge show` prints the limit: "
                "the statement need not repeat it)"
            )
    return errors


def _check_deterministic(folder: Path, check: ProblemCheck) -> None:
    where = f"problem {folder.name!r}"
    try:
        first = json.dumps(run_generator(folder, where), sort_keys=True)
        second = json.dumps(run_generator(folder, where), sort_keys=True)
    except ProblemError as exc:
        check.errors.append(str(exc))
        return
    if first != second:
        check.errors.append(
            f"{folder / 'generator.py'}: generate() gives different tests on "
            "two calls: seed its random numbers"
        )


def _solutions(folder: Path, check: ProblemCheck) -> list[tuple[Path, Verdict]]:
    root = folder / "solutions"
    found: list[tuple[Path, Verdict]] = []
    if not root.is_dir():
        return found
    for sub in sorted(root.iterdir()):
        if not sub.is_dir():
            continue
        if sub.name not in SOLUTION_FOLDERS:
            check.errors.append(
                f"{sub}: unknown solutions folder (use {', '.join(SOLUTION_FOLDERS)})"
            )
            continue
        for path in sorted(sub.iterdir()):
            if path.suffix in LANGUAGE_BY_SUFFIX:
                found.append((path, SOLUTION_FOLDERS[sub.name]))
    return found


def _judged(problem: Problem, path: Path, runner: Runner, expected: Verdict) -> Report:
    """The solution's report; one that times out where another verdict is expected is
    judged again, up to AC_TRIES runs in all: a busy machine can turn a verdict into a
    TLE, never into a WA."""
    options = Options(mode="submit", stop_on_failure=expected is not Verdict.AC)
    for _ in range(AC_TRIES):
        report = judge(problem, read_submission(path), runner, options)
        if report.verdict is not Verdict.TLE:
            break
    return report


def _fastest_times(problem: Problem, path: Path, runner: Runner, first: Report) -> list[float]:
    """Each test's fastest CPU time over up to AC_TRIES runs of an accepted solution.

    A run whose slowest test is within the bound ends the tries; so does a run that is not
    AC (noise cannot make a correct solution wrong, so that run's times are not used).
    """
    bound = problem.limits.time * factor_of(problem, runner) / AC_FACTOR
    times = [t.time or 0.0 for t in first.tests]
    for _ in range(AC_TRIES - 1):
        if max(times, default=0.0) <= bound:
            break
        again = judge(problem, read_submission(path), runner, Options(mode="submit"))
        if again.verdict is not Verdict.AC or len(again.tests) != len(times):
            break
        times = [min(a, t.time or 0.0) for a, t in zip(times, again.tests, strict=True)]
    return times


def _check_tle(problem: Problem, path: Path, runner: Runner, repeats: int) -> SolutionCheck:
    """A too-slow solution must time out every run, even with TLE_MARGIN × the limit."""
    roomy = replace(problem, limits=replace(problem.limits, time=problem.limits.time * TLE_MARGIN))
    got = []
    for _ in range(repeats):
        report = judge(
            roomy, read_submission(path), runner, Options(mode="submit", stop_on_failure=True)
        )
        got.append(report.verdict)
        if report.verdict is not Verdict.TLE:
            return SolutionCheck(
                path,
                Verdict.TLE,
                got,
                False,
                f"with {roomy.limits.time:g} s per test: {_first_failure(report)}",
            )
    return SolutionCheck(path, Verdict.TLE, got, True)


def _first_failure(report: Report) -> str:
    bad = next((t for t in report.tests if t.verdict is not Verdict.AC), None)
    if bad is None:
        return (
            f"{report.verdict.value}: {report.message[:300]}"
            if report.message
            else "all tests passed"
        )
    return f"{bad.verdict.value} on {bad.name}: {bad.message[:300]}"


def _stated_results(problem: Problem) -> list[str]:
    """Each `Result` table a SQL statement shows must be a sample's expected result (rows in
    any order unless the problem is ordered)."""
    from judge.model import SqlConfig
    from judge.statement_examples import result_tables, table_text

    ordered = isinstance(problem.settings, SqlConfig) and problem.settings.ordered
    samples = []
    for t in problem.tests:
        if not t.hidden and isinstance(t.expected, dict) and "rows" in t.expected:
            samples.append(table_text(t.expected.get("columns", []), t.expected["rows"]))
    errors = []
    for number, (columns, rows) in enumerate(result_tables(problem.statement), 1):
        shown = ([c.lower() for c in columns], rows if ordered else sorted(rows))
        if not any(shown == (c, r if ordered else sorted(r)) for c, r in samples):
            errors.append(
                f"{problem.path / 'statement.md'}: Result table {number} "
                f"({', '.join(columns)}; {len(rows)} row{'s' if len(rows) != 1 else ''}) "
                "is no sample's expected result in tests/samples.json"
            )
    return errors


def _check_complexity(problem: Problem, runner: Runner, check: ProblemCheck, say: Progress) -> None:
    """The stated `[complexity] time` against measurement: every accepted solution grows no
    faster than it (a log factor allowed: measurement cannot tell n from n log n), every
    too-slow solution faster than that."""
    from judge.complexity import CLASSES, rank
    from judge.scaling import NotMeasurable, analysis, measure

    target = str(problem.target_time)
    allowed = next((g.label for g in CLASSES if g.pair == target), target)
    for folder, slow in (("accepted", False), ("time_limit_exceeded", True)):
        for path in sorted((problem.path / "solutions" / folder).glob("*.py")):
            say(f"{problem.slug}: complexity of {folder}/{path.name}")
            where = f"{folder}/{path.name}"
            # A measurement that contradicts the folder is taken again (AC_TRIES in all):
            # a busy machine bends a ladder now and then, a wrong statement every time.
            for _ in range(AC_TRIES):
                try:
                    found = analysis(measure(problem, read_submission(path), runner))
                except NotMeasurable as exc:
                    check.errors.append(str(exc))
                    return
                if found.time is None:
                    error = f"{where}: complexity not measured: "
                    error += found.ladder.failure or "too few sizes ran"
                elif not slow and rank(found.time.label) > rank(allowed):
                    error = f"{where}: measured {found.time.describe()}, "
                    error += f"slower than the stated {target}"
                elif slow and rank(found.time.label) <= rank(allowed):
                    error = f"{where}: a too-slow solution measured {found.time.describe()}, "
                    error += f"no worse than the stated {target}"
                else:
                    error = ""
                if not error or found.ladder.failure:  # a failure to run is not noise
                    break
            if found.time is not None:
                check.notes.append(f"{where}: {found.time.describe()} (stated {target})")
            if error:
                check.errors.append(error)
