"""What the routes work with, built once per app run by the lifespan in `web.app`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from typing import Literal

from pydantic import ValidationError

from judge.catalog import Catalog
from judge.model import Problem
from judge.problem import ProblemMeta
from web.settings import Settings
from web.store import Store
from web.worker import WorkerPool

Language = Literal["python", "sql"]


@dataclass(frozen=True)
class ProblemInfo:
    """What the problem list shows: the metadata alone, without loading any test."""

    slug: str
    title: str
    pack: str
    kind: str
    difficulty: str
    tier: str | None
    topic: str | None


@dataclass(frozen=True)
class Services:
    settings: Settings
    store: Store
    pool: WorkerPool
    catalog: Catalog
    index: tuple[ProblemInfo, ...]
    runner_note: str

    def problems(self) -> list[ProblemInfo]:
        return list(self.index)


def build_index(catalog: Catalog) -> tuple[ProblemInfo, ...]:
    """Every problem folder's metadata. Loading whole problems would hold every test of
    every problem in memory; a folder whose metadata is broken is left out (`judge verify`
    says why)."""
    infos = []
    for slug in catalog.slugs():
        folder = catalog.folder(slug)
        try:
            meta = ProblemMeta.model_validate(
                tomllib.loads((folder / "problem.toml").read_text(encoding="utf-8"))
            )
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError):
            continue
        infos.append(
            ProblemInfo(
                slug=folder.name,
                title=meta.title,
                pack=folder.parent.name,
                kind=meta.kind,
                difficulty=meta.difficulty,
                tier=meta.tier,
                topic=meta.topic,
            )
        )
    return tuple(infos)


def language_for(problem: Problem | ProblemInfo) -> Language:
    """The language a submission must be in (ML tasks are written in Python)."""
    return "sql" if problem.kind == "sql" else "python"


def default_dialect(problem: Problem) -> str | None:
    if problem.kind != "sql":
        return None
    return str(problem.extra.get("dialect") or "postgres")
