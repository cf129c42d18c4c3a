"""The registry of problem kinds: one package each, with its adapter, stages and worker."""

from __future__ import annotations

from judge.kind import Kind

KINDS = ("python", "sql", "ml")


def kind_of(name: str) -> Kind:
    """The registered kind called `name`; ValueError for an unknown one."""
    if name == "python":
        from judge.kinds.python.adapter import PythonKind

        return PythonKind()
    if name == "sql":
        from judge.kinds.sql.adapter import SqlKind

        return SqlKind()
    if name == "ml":
        from judge.kinds.ml.adapter import MlKind

        return MlKind()
    raise ValueError(f"no judge for problem kind {name!r}")
