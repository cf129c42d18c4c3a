"""Where an accepted submission's runtime and memory stand among other accepted runs.

The problem's own accepted solutions are run through the same runner once (cached per
problem content, sandbox and host speed in the judge's cache folder), and the web adds the
accepted submissions it stored. "Faster than 73%" is the share of those runs that took
longer in total; the histogram is what a page draws.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.cachefile import cache_dir, read_json, write_json
from judge.judging import Options, factor_of, judge
from judge.model import Problem, Report, Submission, Verdict
from judge.runners.base import MissingModule, Runner

SUBMIT = Options(mode="submit", stop_on_failure=True)
MAX_CACHED = 500  # problems x sandboxes kept in the cache file


@dataclass(frozen=True)
class Run:
    time: float  # total CPU seconds over every test
    memory_kb: int  # the process's peak


@dataclass(frozen=True)
class Standing:
    faster_than: float  # percent of the other runs that took longer
    less_memory_than: float  # percent of the other runs whose peak was larger
    count: int  # how many runs it is compared with

    def sentence(self, what: str) -> str:
        return (
            f"faster than {self.faster_than:.0f}% and less memory than "
            f"{self.less_memory_than:.0f}% of {self.count} {what}"
        )


def run_of(report: Report) -> Run | None:
    """An accepted report's total time and peak memory; None for any other verdict."""
    if report.verdict is not Verdict.AC or not report.tests:
        return None
    return Run(report.time, max(t.memory_kb or 0 for t in report.tests))


def standing(mine: Run, others: list[Run]) -> Standing | None:
    if not others:
        return None
    slower = sum(1 for o in others if o.time > mine.time)
    bigger = sum(1 for o in others if o.memory_kb > mine.memory_kb)
    n = len(others)
    return Standing(100.0 * slower / n, 100.0 * bigger / n, n)


def reference_runs(problem: Problem, runner: Runner, language: str | None = None) -> list[Run]:
    """One accepted run of each of the problem's accepted solutions in `runner` (cached), in
    the submission's language (an SQL problem's pandas answers stand among its pandas
    solutions, its queries among its queries)."""
    folder = problem.path / "solutions" / "accepted"
    sql = (language or ("sql" if problem.kind == "sql" else "python")) == "sql"
    files = sorted(folder.glob("*.sql" if sql else "*.py"))
    if not files:
        return []
    key = _key(problem, runner, files) + (":sql" if sql else ":py")
    cache = _read()
    found = _parse(cache.get(key))
    if found is not None:
        return found
    runs = []
    for path in files:
        language = "sql" if path.suffix == ".sql" else "python"
        code = Submission(path.read_text(encoding="utf-8"), language)
        try:
            run = run_of(judge(problem, code, runner, SUBMIT))
        except MissingModule:  # a torch solution where this runner has no torch
            continue
        if run is not None:
            runs.append(run)
    cache[key] = [[r.time, r.memory_kb] for r in runs]
    _write(dict(list(cache.items())[-MAX_CACHED:]))
    return runs


def histogram(times: list[float], mine: float, bins: int = 12) -> list[dict[str, Any]]:
    """Counts of `times` in equal bins from the fastest to the slowest (mine included), each
    {"low", "high", "count", "mine"}: the bars of a distribution chart."""
    values = [*times, mine]
    low, high = min(values), max(values)
    width = (high - low) / bins or 1.0
    out = [
        {"low": low + i * width, "high": low + (i + 1) * width, "count": 0, "mine": False}
        for i in range(bins)
    ]
    for t in times:
        out[min(int((t - low) / width), bins - 1)]["count"] += 1
    out[min(int((mine - low) / width), bins - 1)]["mine"] = True
    return out


def _key(problem: Problem, runner: Runner, files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(problem.path.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(problem.path)).encode())
            digest.update(path.read_bytes())
    inside = getattr(runner, "image", None) or f"python {sys.version.split()[0]}"
    factor = factor_of(problem, runner)
    return f"{problem.slug}:{digest.hexdigest()[:16]}:{runner.name} ({inside}):{factor:.2f}"


def cache_path() -> Path:
    return cache_dir() / "references.json"


def _read() -> dict[str, Any]:
    data = read_json(cache_path())
    return data if isinstance(data, dict) else {}


def _parse(entry: Any) -> list[Run] | None:
    """Cached runs, read strictly: anything odd is measured again."""
    if not isinstance(entry, list):
        return None
    runs = []
    for item in entry:
        ok = isinstance(item, list) and len(item) == 2
        ok = ok and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in item)
        if not ok or not (0 <= item[0] < 1e4 and 0 <= item[1] < 1 << 40):
            return None
        runs.append(Run(float(item[0]), int(item[1])))
    return runs


def _write(data: dict[str, Any]) -> None:
    write_json(cache_path(), data)  # unwritable: the references run again next time
