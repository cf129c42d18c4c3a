"""The runner interface: a job goes in, the harness's events come out.

A runner starts one harness process (a local child, or a Docker container), feeds it the
job's JSON on stdin, streams the JSON lines it writes on its result channel, and enforces
the wall clock. It never sees expected answers and never decides verdicts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

EventSink = Callable[[dict[str, Any]], None]

# What the host reads from the result channel at most; more means the submission wrote there.
MAX_RESULT_BYTES = 256 << 20


@dataclass(frozen=True)
class Job:
    harness: str  # name of the harness script: "pyharness", "sqlharness", ...
    payload: dict[str, Any]  # sent as JSON on stdin: inputs only, never expected answers
    memory_mb: int
    wall_time: float  # seconds before the whole run is killed
    # Seconds one test may run, from the harness's `start` event, before the host kills the
    # process: the harness's own timer cannot interrupt a long call into C (sorted, re, ...).
    test_timeout: float | None = None


@dataclass(frozen=True)
class RunOutcome:
    events: tuple[dict[str, Any], ...]
    exit_code: int | None
    killed: str | None = None  # "wall", "test", "memory" or "output": why the runner stopped it
    stderr: str = ""
    protocol_error: str = ""  # the result channel held something that is not our JSON
    runner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return bool(self.events) and self.events[-1].get("event") == "done"


class RunnerUnavailable(RuntimeError):
    """The runner cannot work here (no Docker engine, no image): the message says why."""


class Runner(Protocol):
    name: str

    def run(self, job: Job, on_event: EventSink | None = None) -> RunOutcome: ...


class EventParser:
    """Turns the bytes of the result channel into events, refusing anything malformed."""

    def __init__(self, on_event: EventSink | None, test_timeout: float | None = None) -> None:
        self.on_event = on_event
        self.test_timeout = test_timeout
        self.test_deadline: float | None = None  # monotonic time the running test must end by
        self.events: list[dict[str, Any]] = []
        self.error = ""
        self.size = 0
        self._buffer = bytearray()

    @property
    def finished(self) -> bool:
        return bool(self.events) and self.events[-1].get("event") == "done"

    def deadline(self, wall_deadline: float) -> tuple[float, str]:
        """The earlier of the run's and the running test's deadline, and which it is."""
        if self.test_deadline is not None and self.test_deadline < wall_deadline:
            return self.test_deadline, "test"
        return wall_deadline, "wall"

    def feed(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > MAX_RESULT_BYTES:
            self.error = "the result channel overflowed"
            return
        # Linear in what arrives: a long line without a newline (a submission flooding the
        # channel) is appended in place and only the new data is searched.
        self._buffer += data
        if b"\n" not in data:
            return
        *lines, rest = bytes(self._buffer).split(b"\n")
        self._buffer = bytearray(rest)
        for line in lines:
            if self.error:
                break
            self._line(line)

    def close(self) -> None:
        if self._buffer.strip() and not self.error:
            self._line(bytes(self._buffer))
        self._buffer = bytearray()

    def _line(self, line: bytes) -> None:
        if self.events and self.events[-1].get("event") == "done":
            self.error = "data after the end of the results"
            return
        try:
            event = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            self.error = "the result channel held something that is not the harness's JSON"
            return
        if not isinstance(event, dict) or not isinstance(event.get("event"), str):
            self.error = "the result channel held an event of the wrong shape"
            return
        if event["event"] == "start":  # bookkeeping for the host's per-test kill, not a result
            if self.test_timeout is not None:
                self.test_deadline = time.monotonic() + self.test_timeout
            return
        if event["event"] == "test":
            self.test_deadline = None
        self.events.append(event)
        if self.on_event is not None:
            self.on_event(event)
