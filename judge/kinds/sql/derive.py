"""Expected results from a problem's reference query.

Expected tables are stored with the problem (tests/*.json, "expected") so that judging
never needs the reference; `judge verify` re-derives them (`check_expected`): the
reference query runs over every dataset in the harness, and each result must match what
is stored. Authors fill in or refresh the stored tables with

    python -m judge.kinds.sql.derive problems/sql/<slug> [...] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from judge.kinds.sql.compare import compare
from judge.kinds.sql.job import build_job, query_for, rules_for
from judge.kinds.sql.settings import normalise_dataset, settings_for
from judge.kinds.sql.translate import Refusal
from judge.kinds.sql.values import BadTable, ResultTable, table_from_event, table_from_json
from judge.model import Problem, Submission
from judge.problem import ProblemError, load_problem
from judge.runners.base import Runner
from judge.runners.local import LocalRunner
from judge.sources import read_submission
from judge.supervisor.protocol import CompileError, TestEvent, reply_text


def reference(problem: Problem) -> Submission:
    path = settings_for(problem).reference
    if not path.is_file():
        raise ProblemError(f"{path}: problem {problem.slug!r}: the reference query is missing")
    return read_submission(path)


def run_reference(problem: Problem, runner: Runner | None = None) -> list[ResultTable | str]:
    """The reference's result on every dataset, or what went wrong with it."""
    settings = settings_for(problem)
    query = query_for(problem, reference(problem))
    if isinstance(query, Refusal):
        raise ProblemError(f"{settings.reference}: the reference query is refused: {query.message}")
    tests = list(problem.tests)
    outcome = (runner or LocalRunner()).run(build_job(problem, query.sql, tests))
    found: list[ResultTable | str] = ["the sandbox gave no result"] * len(tests)
    for event in outcome.events:
        if isinstance(event, CompileError):
            raise ProblemError(f"{settings.reference}: DuckDB cannot run it: {event.message}")
        if not isinstance(event, TestEvent) or event.index >= len(tests):
            continue
        status = reply_text(event.reply, "status") if event.status == "ok" else event.status
        if status != "ok":
            error = event.error or reply_text(event.reply, "error")
            found[event.index] = f"{status}: {error}".strip()
        elif event.reply.get("truncated"):
            found[event.index] = f"more than {settings.max_rows} rows (raise [sql] max_rows)"
        else:
            found[event.index] = table_from_event(event.reply)
    return found


def check_expected(problem: Problem) -> list[str]:
    """What `judge verify` adds for SQL problems; each error names its file."""
    try:
        settings = settings_for(problem)
        ref = reference(problem)
    except ProblemError as exc:
        return [str(exc)]
    errors = []
    for test in problem.tests:
        _, faults = normalise_dataset(settings.schema, test.args)
        errors += [f"{_file(problem, test.hidden)}: test {test.name!r}: {f}" for f in faults]
        try:
            table_from_json(test.expected)
        except BadTable as exc:
            errors.append(f"{_file(problem, test.hidden)}: test {test.name!r}: {exc}")
    if errors:
        return errors
    query = query_for(problem, ref)
    if settings.window == "required" and not isinstance(query, Refusal) and not query.uses_window:
        errors.append(
            f"{settings.reference}: the problem requires a window function; this has none"
        )
    try:
        results = run_reference(problem)
    except ProblemError as exc:
        return [*errors, str(exc)]
    rules = rules_for(settings)
    for test, result in zip(problem.tests, results, strict=True):
        where = f"{_file(problem, test.hidden)}: test {test.name!r}"
        if isinstance(result, str):
            errors.append(f"{where}: the reference query failed: {result}")
            continue
        stored = table_from_json(test.expected)
        outcome = compare(stored, result, rules)
        if not outcome.ok or stored.columns != result.columns:
            note = outcome.message or "the column names differ in case"
            errors.append(
                f"{where}: the stored expected result is not the reference's ({note}); "
                f"run: python -m judge.kinds.sql.derive {problem.path} --write"
            )
    return errors


def _file(problem: Problem, hidden: bool) -> Path:
    return problem.path / "tests" / ("hidden.json" if hidden else "samples.json")


def write_expected(folder: Path) -> list[str]:
    """Store the reference's results as the expected ones; the names of changed tests."""
    problem = load_problem(folder)
    results = run_reference(problem)
    by_kind = {False: list(problem.samples), True: list(problem.hidden)}
    changed = []
    for hidden in (False, True):
        path = _file(problem, hidden)
        if not path.is_file():
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        for entry, test in zip(raw, by_kind[hidden], strict=False):
            result = results[problem.tests.index(test)]
            if isinstance(result, str):
                raise ProblemError(f"{path}: test {test.name!r}: the reference failed: {result}")
            if entry.get("expected") != result.to_json():
                changed.append(test.name)
            entry["expected"] = result.to_json()
        path.write_text(dump_tests(raw), encoding="utf-8")
    return changed


def dump_tests(tests: list[dict[str, Any]]) -> str:
    """Tests as JSON with one table row per line, so diffs stay readable."""
    blocks = []
    for test in tests:
        lines = ["  {"]
        if "name" in test:
            lines.append(f'    "name": {json.dumps(test["name"])},')
        lines.append('    "args": {')
        tables = list(test["args"].items())
        for i, (name, value) in enumerate(tables):
            comma = "," if i < len(tables) - 1 else ""
            lines.append(f"      {json.dumps(name)}: {_table_text(value, 6)}{comma}")
        lines.append("    },")
        lines.append(f'    "expected": {_table_text(test["expected"], 4)}')
        lines.append("  }")
        blocks.append("\n".join(lines))
    return "[\n" + ",\n".join(blocks) + "\n]\n"


def _table_text(value: Any, indent: int) -> str:
    pad = " " * indent
    if isinstance(value, list):
        return _rows_text(value, pad)
    if isinstance(value, dict) and set(value) == {"columns", "rows"}:
        rows = _rows_text(value["rows"], pad)
        return f'{{"columns": {json.dumps(value["columns"])}, "rows": {rows}}}'
    return json.dumps(value)


def _rows_text(rows: list[Any], pad: str) -> str:
    if not rows:
        return "[]"
    inner = ",\n".join(f"{pad}  {json.dumps(r)}" for r in rows)
    return f"[\n{inner}\n{pad}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m judge.kinds.sql.derive",
        description="Check (or with --write, store) expected results from the reference query.",
    )
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--write", action="store_true", help="rewrite tests/*.json")
    args = parser.parse_args(argv)
    status = 0
    for folder in args.folders:
        try:
            if args.write:
                changed = write_expected(folder)
                print(f"{folder.name}: {len(changed)} expected results changed")
            else:
                errors = check_expected(load_problem(folder))
                print(f"{folder.name}: " + ("ok" if not errors else "\n  ".join(["", *errors])))
                status |= bool(errors)
        except ProblemError as exc:
            print(f"{folder.name}: {exc}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
