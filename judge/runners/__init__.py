"""Runners and how one is chosen (`auto`, `local`, `docker`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from judge.runners.base import Job, Runner, RunnerUnavailable, RunOutcome
from judge.runners.docker_cleanup import Janitor
from judge.runners.local import LocalRunner

if TYPE_CHECKING:
    from judge.runners.docker import DockerRunner

__all__ = [
    "Janitor",
    "Job",
    "LocalRunner",
    "RunOutcome",
    "Runner",
    "RunnerUnavailable",
    "choose_runner",
]


def choose_runner(
    name: str, janitor: Janitor | None = None, early: DockerRunner | None = None
) -> tuple[Runner, str]:
    """The runner for `--sandbox NAME`, and a line saying which was used and why. A Docker
    runner is handed to `janitor`, which removes its containers when its owner stops.
    `early`, a Docker runner already starting a container on a hint
    (`DockerRunner.from_hint`), is the one returned when it fits, and closed when not."""
    if name in ("docker", "auto"):
        try:
            from judge.runners.docker import DockerRunner

            runner = DockerRunner.connect(janitor=janitor, reuse=early)
            return runner, f"docker runner (image {runner.image})"
        except RunnerUnavailable as exc:
            if early is not None:
                early.close()
            if name == "docker":
                raise
            return LocalRunner(), f"local runner (Docker not used: {exc})"
    if early is not None:
        early.close()
    if name == "local":
        return LocalRunner(), "local runner (a child process on this machine)"
    raise RunnerUnavailable(f"unknown sandbox {name!r}: use auto, local or docker")
