"""The sandbox runtime: the files that run inside the sandbox, and where they are.

`supervisor.py` (trusted) and each kind's `worker.py` (runs the submission) are scripts, not
imports: runners start them as separate processes, locally or in Docker, with the same
layout under one root (this package's parent here, /opt/judge in the image).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the `judge` package folder
WORKER_KINDS = ("python", "ml", "sql", "pandas")


def runtime_files() -> list[tuple[str, Path]]:
    """(path inside the root, file) for everything the sandbox carries."""
    files = [
        (f"supervisor/{p.name}", p)
        for p in sorted((ROOT / "supervisor").glob("*.py"))
        if p.name != "__init__.py"
    ]
    for kind in WORKER_KINDS:  # worker.py and the parts it loads (kinds/ml/worker_torch.py)
        files += [
            (f"kinds/{kind}/{p.name}", p)
            for p in sorted((ROOT / "kinds" / kind).glob("worker*.py"))
        ]
    return files


def supervisor_path() -> Path:
    return ROOT / "supervisor" / "supervisor.py"


CONTAINER_ROOT = "/opt/judge"  # where the image keeps the same layout
