"""SQL problems answered in pandas: judged on the same datasets with the same comparison.

prepare() sends the sandbox the submission, the schema and each dataset (inputs only: the
expected tables stay here); the worker builds the DataFrames, calls the function and returns
its DataFrame as a table. result() compares that table with the expected one exactly as an
SQL query's result is compared (judge.kinds.sql.adapter.checked), so wrong answers show both
tables side by side.
"""

from __future__ import annotations

from typing import Any

from judge.kind import Options, Prepared, not_shown, raised, wall_limit
from judge.kinds.sql.adapter import checked, table_result
from judge.kinds.sql.settings import normalise_dataset, settings_for
from judge.model import Problem, Report, Submission, TestCase, TestResult, Verdict
from judge.problem import ProblemError
from judge.runners.base import Job
from judge.supervisor.protocol import TestEvent, reply_text

LOAD_ALLOWANCE = 4.0  # seconds: interpreter, NumPy and pandas start-up, the submission's import
SETUP_ALLOWANCE = 1.0  # seconds per dataset: building its DataFrames (wall-clock)
MEMORY_HEADROOM_MB = 64  # what importing pandas adds to the interpreter, above the limit
RESET_HINT = (
    "the DataFrame's index ({index}) is not a column: the index is ignored, "
    "so call .reset_index() to keep it"
)


def wall_time(problem: Problem, count: int) -> float:
    per_dataset = wall_limit(problem.limits.time) + SETUP_ALLOWANCE
    return LOAD_ALLOWANCE + 2 * max(problem.limits.time, 1.0) + per_dataset * count


class PandasKind:
    name = "pandas"
    language, takes = "pandas", "a pandas function"
    runs_on_host = False
    speed_parts: tuple[str, ...] = ("loops", "sort", "numpy")

    def prepare(
        self, problem: Problem, submission: Submission, tests: list[TestCase], options: Options
    ) -> Prepared | Report:
        settings = settings_for(problem)
        datasets = []
        for test in tests:
            dataset, errors = normalise_dataset(settings.schema, test.args)
            if errors:
                raise ProblemError(
                    f"{problem.path / 'tests'}: problem {problem.slug!r}: dataset "
                    f"{test.name!r}: " + "; ".join(errors)
                )
            datasets.append(dataset)
        limit = problem.limits.time
        payload = {
            "version": 2,
            "setup": {
                "code": submission.code,
                "entry": problem.slug,
                "tables": settings.schema.for_harness(),
                "max_rows": settings.max_rows,
                "output_limit": problem.limits.output_kb * 1024,
            },
            # Each dataset's DataFrames are built in a step of their own, and that step is
            # timed with the test: the submission, loaded by then, could take it over.
            "untimed_setup": True,
            "setup_counts": True,
            "tests": [{"setup": dataset, "input": {}} for dataset in datasets],
            "time_limit": limit,
            "wall_limit": wall_limit(limit),
            "load_limit": max(2 * limit, 3.0),
            "memory_kb": (problem.limits.memory_mb + MEMORY_HEADROOM_MB) * 1024,
            "stop_on_failure": options.stop_on_failure,
        }
        wall = wall_time(problem, len(tests))
        job = Job(
            "pandas", payload, problem.limits.memory_mb, wall, test_timeout=wall_limit(limit) + 3.0
        )
        return Prepared(job, context=submission.code)  # the source, for `raised`

    def result(
        self, problem: Problem, test: TestCase, event: TestEvent, context: Any
    ) -> TestResult:
        # What the worker says is the submission's to write (it runs in the worker), and so
        # are the answer's names: each result quoting them carries the judge's own words, for
        # a hidden dataset to show instead.
        reply = event.reply
        status = reply_text(reply, "status")
        if status == "ok":
            result = checked(problem, test, event, "the function")
            index = [str(n) for n in reply.get("index") or [] if isinstance(n, str)][:5]
            if result.verdict is Verdict.WA and index and "columns" in result.message:
                hint = RESET_HINT.format(index=", ".join(index))
                unnamed = RESET_HINT.replace(" ({index})", "")
                own = result.hidden_message or result.message
                return table_result(
                    test,
                    event,
                    Verdict.WA,
                    f"{result.message}; {hint}",
                    result.expected,
                    result.actual,
                    hidden_message=f"{own}; {unnamed}",
                )
            return result
        error = reply_text(reply, "error")
        if status == "error":
            error = error or "the function failed"
            own = raised(error, context if isinstance(context, str) else None)
            return table_result(test, event, Verdict.RTE, error, hidden_message=own)
        if status == "unreadable":
            return table_result(test, event, Verdict.WA, error, hidden_message=UNREADABLE)
        if status == "too_large":
            size = problem.limits.output_kb
            message = f"the returned DataFrame takes more than {size} KiB (the output limit)"
            return table_result(test, event, Verdict.WA, message)
        if status == "setup":
            # Built in the worker after the submission was loaded: the submission may have
            # changed pandas, so this is its failure, not the problem's (datasets are checked
            # on this side before they are sent).
            return table_result(
                test,
                event,
                Verdict.RTE,
                "building this dataset's DataFrames failed after the submission was loaded "
                "(did it change pandas?)",
            )
        message = f"the worker said {status[:40]!r}"
        return table_result(test, event, Verdict.RTE, message, hidden_message=UNKNOWN_ANSWER)

    def notice(self, problem: Problem, submission: Submission) -> str:
        return ""

    def verify(self, problem: Problem) -> list[str]:
        return []  # the SQL kind checks the folder; pandas solutions are run like any other


# A hidden dataset's words for what the worker said (judge.kind.not_shown).
UNREADABLE = not_shown("the function returned something that is not a DataFrame it can read")
UNKNOWN_ANSWER = not_shown("the worker's answer is not one the judge knows")
