"""Finding problem folders: where the packs live, which folder a slug names, and the index
of every problem's metadata that `judge list` and the web's problem list filter.

Roots, in order: `$JUDGE_PROBLEMS` (paths separated by the OS path separator), else the
`problems/` folder of a source checkout, else the copy packed inside an installed wheel.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from judge.model import Problem
from judge.problem import ProblemError, load_problem, read_meta

_PACKAGE_DIR = Path(__file__).resolve().parent


class UnknownProblem(LookupError):
    """No problem folder has that slug."""


def data_dir(name: str) -> Path:
    """A top-level data folder (`problems`, `sandbox`) in a checkout or an installed wheel."""
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    return _PACKAGE_DIR / "_data" / name


def problem_roots() -> list[Path]:
    env = os.environ.get("JUDGE_PROBLEMS")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    return [data_dir("problems")]


@dataclass(frozen=True)
class ProblemInfo:
    """A problem's metadata alone, read from problem.toml without loading any test."""

    slug: str
    title: str
    pack: str
    kind: str
    difficulty: str
    tier: str | None
    topic: str | None


@dataclass(frozen=True)
class Catalog:
    """Every problem folder under the roots, by slug; loading is lazy, and a loaded problem
    (with what the kinds derive from it) is kept as long as this catalog is."""

    folders: dict[str, Path]
    loaded: dict[Path, Problem] = field(default_factory=dict, compare=False, repr=False)
    # One memo for all its problems (see Problem.memo), so bounded caches are the catalog's.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def slugs(self) -> list[str]:
        return sorted(self.folders)

    def folder(self, slug: str) -> Path:
        """The folder a name means: the slug itself, LeetCode's hyphenated form (`two-sum`), any
        case, or a path or URL ending in it (`.../problems/two-sum/`)."""
        key = slug.strip().rstrip("/").split("/")[-1]
        if key not in self.folders:
            key = key.lower().replace("-", "_").replace(" ", "_")
        if key not in self.folders:
            raise UnknownProblem(f"unknown problem {slug!r}{self.suggest(key)} (see `judge list`)")
        return self.folders[key]

    def suggest(self, key: str) -> str:
        """'; did you mean ...?' naming the closest slugs, or nothing when none is close."""
        from difflib import get_close_matches

        close = get_close_matches(key, self.folders, n=3, cutoff=0.6)
        if not close:  # a part of a long slug: `level_order` for the traversal problem
            close = [s for s in sorted(self.folders) if key and key in s][:3]
        return f"; did you mean {', '.join(close)}?" if close else ""

    def load(self, slug: str) -> Problem:
        folder = self.folder(slug)
        problem = self.loaded.get(folder)
        if problem is None:
            problem = replace(load_problem(folder), memo=self.memo)
            problem = self.loaded.setdefault(folder, problem)
        return problem

    def index(self) -> tuple[list[ProblemInfo], list[ProblemError]]:
        """Every problem's metadata, by slug, and the folders whose problem.toml is broken.
        Loading whole problems would hold every test of every problem in memory."""
        infos, errors = [], []
        for slug in self.slugs():
            folder = self.folders[slug]
            try:
                meta = read_meta(folder)
            except ProblemError as exc:
                errors.append(exc)
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
        return infos, errors

    def load_all(self) -> tuple[list[Problem], list[ProblemError]]:
        problems, errors = [], []
        for slug in self.slugs():
            try:
                problems.append(self.load(slug))
            except ProblemError as exc:
                errors.append(exc)
        return problems, errors


def _matches(
    problem: ProblemInfo,
    *,
    pack: str | None = None,
    tier: str | None = None,
    topic: str | None = None,
    difficulty: str | None = None,
    q: str | None = None,
) -> bool:
    """Whether a problem passes every filter given; `q`'s words must all be in its slug,
    title or topic (any case). An empty or missing filter lets everything through."""
    if pack and problem.pack != pack:
        return False
    if tier and problem.tier != tier:
        return False
    if topic and problem.topic != topic:
        return False
    if difficulty and problem.difficulty != difficulty:
        return False
    if q:
        haystack = f"{problem.slug} {problem.title} {problem.topic or ''}".lower()
        return all(word in haystack for word in q.lower().split())
    return True


def select(
    problems: Iterable[ProblemInfo],
    *,
    pack: str | None = None,
    tier: str | None = None,
    topic: str | None = None,
    difficulty: str | None = None,
    q: str | None = None,
) -> list[ProblemInfo]:
    """The problems that pass the filters, in the order given (see `_matches`)."""
    return [
        p
        for p in problems
        if _matches(p, pack=pack, tier=tier, topic=topic, difficulty=difficulty, q=q)
    ]


PACK_ORDER = ("python", "sql", "ml")
TIER_ORDER = ("high", "medium", "low")
# The mission's order of the algorithm topics; any other topic follows, by name.
TOPIC_ORDER = (
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "dp-1d",
    "dp-2d",
    "greedy",
    "intervals",
    "trees",
    "heap",
    "backtracking",
    "graphs",
    "in-place",
)


def study_order(problem: ProblemInfo) -> tuple[Any, ...]:
    """Sort key: pack, tier, topic in the mission's order (others after, by name), slug."""

    def rank(value: str | None, order: tuple[str, ...]) -> tuple[int, str]:
        return (order.index(value), "") if value in order else (len(order), value or "")

    return (
        rank(problem.pack, PACK_ORDER),
        rank(problem.tier, TIER_ORDER),
        rank(problem.topic, TOPIC_ORDER),
        problem.slug,
    )


def find_folders(roots: list[Path]) -> dict[str, Path]:
    folders: dict[str, Path] = {}
    for root in roots:
        if (root / "problem.toml").is_file():  # a single problem folder
            folders[root.name] = root
            continue
        metas = sorted(root.glob("*/problem.toml")) or sorted(root.glob("*/*/problem.toml"))
        for meta in metas:  # a pack folder, or a root of packs
            folders.setdefault(meta.parent.name, meta.parent)
    return folders


def catalog(roots: list[Path] | None = None) -> Catalog:
    return Catalog(find_folders(roots if roots is not None else problem_roots()))
