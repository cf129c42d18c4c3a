"""The Docker runner (work in progress: see the Docker sandbox issue)."""

from __future__ import annotations

from judge.runners.base import EventSink, Job, RunnerUnavailable, RunOutcome


class DockerRunner:
    name = "docker"
    image = ""

    @classmethod
    def connect(cls) -> DockerRunner:
        raise RunnerUnavailable("the Docker runner is not built yet")

    def run(self, job: Job, on_event: EventSink | None = None) -> RunOutcome:
        raise RunnerUnavailable("the Docker runner is not built yet")
