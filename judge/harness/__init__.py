"""Harness scripts that run inside the sandbox (standard library only, plus NumPy for ML).

They are files, not imports: runners start them as separate processes, locally or in Docker.
"""

from pathlib import Path

HARNESS_DIR = Path(__file__).resolve().parent


def harness_path(name: str) -> Path:
    return HARNESS_DIR / f"{name}.py"
