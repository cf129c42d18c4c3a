"""Custom input: a submission run on the candidate's own arguments, beside the problem's
reference solution (its first accepted solution) run in the same sandbox.

The result is an ordinary `Report` whose tests are the custom cases (`case-1`, ...), each
expected answer being what the reference solution returned, checked with the problem's own
checker. Only the cases given run: no hidden test is touched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from judge.judging import Options, judge
from judge.model import CheckerSpec, Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.nesting import MAX_DEPTH, deeper_than
from judge.pretty import parameter_names
from judge.runners.base import Runner

MAX_CASES = 10
MAX_CASE_BYTES = 64 * 1024
TOO_DEEP_CASE = f"a custom case is nested more than {MAX_DEPTH} levels deep"
RUN = Options(mode="run")


class CustomInputError(ValueError):
    """A custom case that cannot run (not JSON, wrong number of arguments), or a problem
    that takes no custom input: the candidate's mistake, said in words."""


@dataclass(frozen=True)
class Reference:
    path: Path  # the reference solution
    report: Report  # its run on the custom cases


def supported(problem: Problem) -> str:
    """Why custom input cannot run on this problem ("" when it can)."""
    if problem.kind != "python":
        return (
            f"custom input is supported for Python problems only ({problem.slug} is a "
            f"{problem.kind.upper() if problem.kind in ('sql', 'ml') else problem.kind} problem)"
        )
    if reference_path(problem) is None:
        return f"problem {problem.slug} has no accepted solution to compare with"
    return ""


def reference_path(problem: Problem) -> Path | None:
    folder = problem.path / "solutions" / "accepted"
    found = sorted(folder.glob("*.py")) if folder.is_dir() else []
    return found[0] if found else None


def parse_case(problem: Problem, text: Any) -> list[Any]:
    """One case: a JSON list of the function's arguments (a string is parsed as JSON)."""
    if isinstance(text, str):
        if len(text.encode("utf-8", "surrogatepass")) > MAX_CASE_BYTES:
            raise CustomInputError(f"a custom case is larger than {MAX_CASE_BYTES // 1024} KiB")
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise CustomInputError(f"custom case {text[:60]!r} is not JSON: {exc}") from None
        except RecursionError:
            raise CustomInputError(TOO_DEEP_CASE) from None
    else:
        value = text
    if deeper_than(value):  # what the host holds answers to, for the same reasons
        raise CustomInputError(TOO_DEEP_CASE)
    if not isinstance(value, list):
        raise CustomInputError(f"a custom case is a JSON list of arguments, not {value!r:.60}")
    entry = problem.entry
    assert entry is not None
    if entry.design:
        ok = len(value) == 2 and all(isinstance(v, list) for v in value)
        ok = ok and bool(value[0]) and len(value[0]) == len(value[1])
        ok = ok and value[0][0] == entry.function
        if not ok or not all(op in entry.methods for op in value[0][1:]):
            raise CustomInputError(
                f"a custom case of {problem.slug} is [operations, arguments], as LeetCode "
                f'writes it: [["{entry.function}", "{(entry.methods or ("method",))[0]}"], '
                f"[[], [...]]] (methods: {', '.join(entry.methods)})"
            )
        return value
    names = parameter_names(problem)
    if names and len(value) != len(names):
        raise CustomInputError(
            f"{problem.slug} takes {len(names)} arguments ({', '.join(names)}); "
            f"the custom case has {len(value)}"
        )
    return value


def cases_of(problem: Problem, texts: list[Any]) -> list[list[Any]]:
    why = supported(problem)
    if why:
        raise CustomInputError(why)
    if not texts:
        raise CustomInputError("no custom case given")
    if len(texts) > MAX_CASES:
        raise CustomInputError(f"at most {MAX_CASES} custom cases at once")
    return [parse_case(problem, t) for t in texts]


def run_custom(
    problem: Problem, submission: Submission, cases: list[Any], runner: Runner
) -> tuple[Report, Reference]:
    """Run the reference solution, then the submission, on `cases` (already parsed) in
    `runner`; the submission's report compares each answer with the reference's."""
    path = reference_path(problem)
    assert path is not None, supported(problem)
    design = problem.entry is not None and problem.entry.design
    # The reference run records answers only: an exact checker against a placeholder.
    placeholder = [
        TestCase(f"case-{i}", c, [None] * len(c[0]) if design else None, False)
        for i, c in enumerate(cases, 1)
    ]
    ref_problem = replace(problem, tests=tuple(placeholder), checker=CheckerSpec("exact"))
    ref_code = Submission(path.read_text(encoding="utf-8"), "python")
    ref_report = judge(ref_problem, ref_code, runner, RUN)
    answers = {t.name: t for t in ref_report.tests}
    tests = tuple(
        TestCase(t.name, t.args, _answer(answers.get(t.name)), False) for t in placeholder
    )
    report = judge(replace(problem, tests=tests), submission, runner, RUN)
    results = tuple(_compared(r, answers.get(r.name)) for r in report.tests)
    failing = next((r for r in results if r.verdict is not Verdict.AC), None)
    verdict = report.verdict if not results else (failing.verdict if failing else Verdict.AC)
    return replace(report, tests=results, verdict=verdict), Reference(path, ref_report)


def _returned(ref: TestResult | None) -> bool:
    # Against the placeholder, an answer is AC (it was None) or WA carrying the value; a WA
    # without one is an answer that could not be read.
    if ref is None:
        return False
    return ref.verdict is Verdict.AC or (ref.verdict is Verdict.WA and ref.actual is not None)


def _answer(ref: TestResult | None) -> Any:
    return ref.actual if ref is not None and _returned(ref) else None


def _compared(result: TestResult, ref: TestResult | None) -> TestResult:
    """A case whose reference run failed has nothing to compare with: the input is likely
    outside the problem's constraints. It is marked Not Run (not compared), with why."""
    if _returned(ref):
        return result
    why = (
        "the reference solution did not answer"
        if ref is None
        else (
            f"the reference solution got {ref.verdict.label} on this input"
            + (f" ({ref.message.splitlines()[-1]})" if ref.message else "")
        )
    )
    note = f"not compared: {why}; is the input within the problem's constraints?"
    if result.verdict in (Verdict.AC, Verdict.WA):
        return replace(result, verdict=Verdict.SK, message=note, expected=None)
    return replace(result, message=f"{result.message}\n{note}".strip(), expected=None)
