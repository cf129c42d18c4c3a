"""The judge's own cache on disk: generated tests, speed factors, reference solutions' runs.

One folder: `$JUDGE_CACHE`, else `$XDG_CACHE_HOME/judge`, else `~/.cache/judge`. Files are
written whole and atomically (a temporary file renamed over the old one), and read
forgivingly: a missing, unreadable or malformed file is an empty cache, never an error —
what is lost is only the time to work it out again.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    base = os.environ.get("JUDGE_CACHE")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "judge"


def read_json(path: Path) -> Any:
    """The JSON in `path`, or None when it is missing or not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(path: Path, data: Any, indent: int | None = None) -> None:
    """Write `data` to `path` atomically; an unwritable cache is silently skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, indent=indent), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass
