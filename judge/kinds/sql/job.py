"""The job for the SQL worker: the submission's query in DuckDB's SQL, the schema and the
datasets (never the expected results), and how long the whole run may take.

Judging (judge.kinds.sql.adapter) and the reference query's run (judge.kinds.sql.derive)
both build their jobs here.
"""

from __future__ import annotations

from judge.kind import wall_limit
from judge.kinds.sql.compare import Rules
from judge.kinds.sql.settings import SqlSettings, normalise_dataset, settings_for
from judge.kinds.sql.translate import Refusal, Translation, translate
from judge.model import Problem, Submission, TestCase
from judge.problem import ProblemError
from judge.runners.base import Job

LOAD_ALLOWANCE = 3.0  # seconds: interpreter start and `import duckdb`
SETUP_ALLOWANCE = 0.5  # seconds per dataset: a fresh database and its rows
MEMORY_HEADROOM_MB = 256  # the worker's interpreter and DuckDB itself, above the query's limit


def wall_time(problem: Problem, count: int) -> float:
    per_dataset = wall_limit(problem.limits.time) + SETUP_ALLOWANCE
    return LOAD_ALLOWANCE + 2 * max(problem.limits.time, 1.0) + per_dataset * count


def rules_for(settings: SqlSettings) -> Rules:
    return Rules(settings.ordered, settings.tolerance, settings.decimals)


def query_for(problem: Problem, submission: Submission) -> Translation | Refusal:
    settings = settings_for(problem)
    dialect = submission.dialect or settings.dialect
    key = ("sql-translation", str(problem.path), submission.code, dialect, settings.schema)
    found: Translation | Refusal = problem.remember(
        key, lambda: translate(submission.code, dialect, settings.schema), limit=20_000
    )
    return found


def build_job(
    problem: Problem, query: str, tests: list[TestCase], stop_on_failure: bool = False
) -> Job:
    """The supervisor's job for a DuckDB query over the tests' datasets (inputs only)."""
    settings = settings_for(problem)
    datasets = []
    for test in tests:
        dataset, errors = normalise_dataset(settings.schema, test.args)
        if errors:
            raise ProblemError(
                f"{problem.path / 'tests'}: problem {problem.slug!r}: dataset {test.name!r}: "
                + "; ".join(errors)
            )
        datasets.append(dataset)
    limit = problem.limits.time
    payload = {
        "version": 2,
        "setup": {
            "query": query,
            "tables": settings.schema.for_harness(),
            "time_limit": limit,
            "memory_mb": problem.limits.memory_mb,
            "max_rows": settings.max_rows,
            "output_limit": problem.limits.output_kb * 1024,
        },
        # Loading a dataset is untimed (the query has not run yet); the query is timed.
        "untimed_setup": True,
        # A query that hit a limit on one dataset would on the next: the rest are not run.
        "stop_after_kill": True,
        "tests": [{"setup": dataset, "input": {}} for dataset in datasets],
        "time_limit": limit,
        "wall_limit": wall_limit(limit),
        "load_limit": max(2 * limit, 3.0),
        "memory_kb": (problem.limits.memory_mb + MEMORY_HEADROOM_MB) * 1024,
        "stop_on_failure": stop_on_failure,
    }
    wall = wall_time(problem, len(tests))
    return Job("sql", payload, problem.limits.memory_mb, wall, test_timeout=wall)
