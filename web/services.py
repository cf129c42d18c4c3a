"""What the routes work with, built once per app run by the lifespan in `web.app`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from judge.catalog import Catalog, ProblemInfo
from judge.dialects import Dialect, dialect_name
from judge.judging import speed_parts
from judge.model import Problem, SqlConfig
from judge.runners.base import speed_factor
from web.dispatch import Dispatch
from web.settings import Settings
from web.store import Store

Language = Literal["python", "sql"]


@dataclass(frozen=True)
class Services:
    settings: Settings
    store: Store
    pool: Dispatch  # the in-process pool, or the Redis queue's sender
    catalog: Catalog
    index: tuple[ProblemInfo, ...]
    runner_note: str
    factor: float = 1.0  # the runner's speed factor on this host (judge.calibration)
    ratios: dict[str, float] = field(default_factory=dict)  # per part (Runner.ratios)

    def problems(self) -> list[ProblemInfo]:
        return list(self.index)

    def time_limit(self, problem: Problem) -> float:
        """The CPU seconds a test of `problem` gets here: the reference limit x this host's
        factor for its kind (SQL runs on the host, in DuckDB, at the reference limit)."""
        parts = speed_parts(problem)
        factor = self.factor if parts is None else speed_factor(self.factor, self.ratios, parts)
        return round(problem.limits.time * factor, 3)


def build_index(catalog: Catalog) -> tuple[ProblemInfo, ...]:
    """Every problem folder's metadata; a folder whose metadata is broken is left out
    (`judge verify` and `judge list` say why)."""
    infos, _broken = catalog.index()
    return tuple(infos)


def language_for(problem: Problem | ProblemInfo) -> Language:
    """The language a submission must be in (ML tasks are written in Python)."""
    return "sql" if problem.kind == "sql" else "python"


def default_dialect(problem: Problem) -> Dialect | None:
    """The dialect the editor starts in: the problem's own (read and checked at load)."""
    if not isinstance(problem.settings, SqlConfig):
        return None
    return dialect_name(problem.settings.dialect)
