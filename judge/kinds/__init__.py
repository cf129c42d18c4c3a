"""Problem kinds: each knows how to build its job and read its test events."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from judge.judging import Adapter


def adapter_for(kind: str) -> Adapter:
    if kind == "python":
        from judge.kinds.python.adapter import PythonAdapter

        return PythonAdapter()
    if kind == "sql":
        from judge.kinds.sql.adapter import SqlAdapter

        return SqlAdapter()  # type: ignore[no-any-return]
    if kind == "ml":
        from judge.kinds.ml.adapter import MlAdapter

        return MlAdapter()  # type: ignore[no-any-return]
    raise ValueError(f"no judge for problem kind {kind!r}")
