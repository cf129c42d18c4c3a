"""Finding problem folders: where the packs live and which folder a slug names.

Roots, in order: `$JUDGE_PROBLEMS` (paths separated by the OS path separator), else the
`problems/` folder of a source checkout, else the copy packed inside an installed wheel.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from judge.model import Problem
from judge.problem import ProblemError, load_problem

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
class Catalog:
    """Every problem folder under the roots, by slug; loading is lazy and cached."""

    folders: dict[str, Path]

    def slugs(self) -> list[str]:
        return sorted(self.folders)

    def folder(self, slug: str) -> Path:
        key = slug.split("/")[-1]
        if key not in self.folders:
            raise UnknownProblem(f"unknown problem {slug!r} (see `judge list`)")
        return self.folders[key]

    def load(self, slug: str) -> Problem:
        return _load_cached(self.folder(slug))

    def load_all(self) -> tuple[list[Problem], list[ProblemError]]:
        problems, errors = [], []
        for slug in self.slugs():
            try:
                problems.append(self.load(slug))
            except ProblemError as exc:
                errors.append(exc)
        return problems, errors


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


@lru_cache(maxsize=256)
def _load_cached(folder: Path) -> Problem:
    return load_problem(folder)
