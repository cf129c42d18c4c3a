"""Runners and how one is chosen (`auto`, `local`, `docker`)."""

from __future__ import annotations

from judge.runners.base import Job, Runner, RunnerUnavailable, RunOutcome
from judge.runners.docker_cleanup import Janitor
from judge.runners.local import LocalRunner

__all__ = [
    "Janitor",
    "Job",
    "LocalRunner",
    "RunOutcome",
    "Runner",
    "RunnerUnavailable",
    "choose_runner",
]


def choose_runner(name: str, janitor: Janitor | None = None) -> tuple[Runner, str]:
    """The runner for `--sandbox NAME`, and a line saying which was used and why. A Docker
    runner is handed to `janitor`, which removes its containers when its owner stops."""
    if name == "local":
        return LocalRunner(), "local runner (a child process on this machine)"
    if name in ("docker", "auto"):
        try:
            from judge.runners.docker import DockerRunner

            # With a janitor to wait for them at the end, finished containers are removed
            # on a thread while the caller goes on (renders the report, say).
            runner = DockerRunner.connect(janitor=janitor, defer_removal=janitor is not None)
            return runner, f"docker runner (image {runner.image})"
        except RunnerUnavailable as exc:
            if name == "docker":
                raise
            return LocalRunner(), f"local runner (Docker not used: {exc})"
    raise RunnerUnavailable(f"unknown sandbox {name!r}: use auto, local or docker")
