"""The runner interface: a job goes in, the supervisor's events come out.

A runner starts one sandbox (a local child process, or a Docker container) running the
supervisor (judge/supervisor/supervisor.py), feeds it the job's JSON on stdin, decodes the
events it writes on its stdout (judge/supervisor/protocol.py: each line capped, the run
capped in bytes and in count) and enforces the wall clock. It never sees expected answers
and never decides verdicts.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from judge.supervisor.protocol import (
    MAX_EVENT,
    BadEvent,
    Done,
    Event,
    Ready,
    Start,
    TestEvent,
    decode_event,
    encode_job,
)

# A sink may answer True to stop the run at once (the host found a failure the sandbox cannot
# see, such as a wrong answer, and the submission stops at its first failing test).
EventSink = Callable[[Event], "bool | None"]

# A factor outside this range is a measurement gone wrong (judge.calibration).
FACTOR_FLOOR, FACTOR_CEILING = 0.5, 4.0
# What the host reads from the sandbox at most, in bytes and in events.
MAX_RESULT_BYTES = 128 << 20
EXTRA_EVENTS = 16  # beyond two events per test (a result, and a start after a fresh worker)


@dataclass(frozen=True)
class Job:
    kind: str  # whose worker runs the submission: "python", "sql", "ml"
    payload: dict[str, Any]  # the supervisor's job (JSON on stdin): inputs only, never answers
    memory_mb: int
    wall_time: float  # seconds before the whole run is killed
    # Seconds one test may run, from the supervisor's `start` event, before the host kills
    # the sandbox: a backstop for a supervisor that stopped answering.
    test_timeout: float | None = None
    # Libraries the worker imports for this submission beyond NumPy (torch for a torch answer):
    # a runner without them refuses the job (MissingModule) rather than letting it crash.
    needs: tuple[str, ...] = ()

    @property
    def tests(self) -> int:
        return len(self.payload.get("tests") or ())


@dataclass(frozen=True)
class RunOutcome:
    events: tuple[Event, ...]
    exit_code: int | None
    # Why the runner stopped it: "wall", "test", "memory", "output", or "stopped" (asked to by
    # the sink: the rest of the tests are not run).
    killed: str | None = None
    stderr: str = ""
    protocol_error: str = ""  # the channel held something the supervisor did not write
    runner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def finished(self) -> bool:
        return bool(self.events) and isinstance(self.events[-1], Done)


def job_stdin(payload: dict[str, Any]) -> bytes:
    """What the supervisor reads on stdin: the job, and each test's input as JSON bytes after
    it. A test gives its input ready encoded as `input_json` (bytes a kind keeps from one run
    to the next), or as the value `input`."""
    inputs, tests = [], []
    for test in payload.get("tests") or ():
        raw = test.get("input_json")
        if raw is None:
            raw = json.dumps(test.get("input", {}), ensure_ascii=True).encode("ascii")
        inputs.append(raw)
        tests.append({k: v for k, v in test.items() if k not in ("input", "input_json")})
    return encode_job({**payload, "tests": tests}, inputs)


class RunnerUnavailable(RuntimeError):
    """The runner cannot work here (no Docker engine, no image): the message says why."""


class MissingModule(RunnerUnavailable):
    """This runner's Python lacks a library the submission uses (torch on a host without it)."""

    def __init__(self, module: str, message: str) -> None:
        super().__init__(message)
        self.module = module


class Runner(Protocol):
    name: str
    # This host's speed in this sandbox against the reference machine (judge.calibration):
    # judging gives each test the problem's limit times this.
    factor: float
    # The same per part of the calibration workload ("loops", "sort", "numpy": this host's
    # time over the reference machine's), so each kind's limit follows the parts its
    # submissions spend their time like (speed_factor); empty: `factor` for every kind.
    ratios: dict[str, float]

    def run(self, job: Job, on_event: EventSink | None = None) -> RunOutcome: ...


def speed_factor(factor: float, ratios: dict[str, float], parts: tuple[str, ...]) -> float:
    """The factor for a kind whose submissions spend their time like `parts` of the
    calibration workload: the geometric mean of those parts' ratios (1.0 for none: a kind
    judged at the reference limit), or `factor` when they were not measured one by one."""
    if not parts:
        return 1.0
    if not all(part in ratios for part in parts):
        return factor
    mean = math.exp(sum(math.log(ratios[part]) for part in parts) / len(parts))
    return round(min(max(mean, FACTOR_FLOOR), FACTOR_CEILING), 2)


class EventParser:
    """Turns the bytes of the sandbox's stdout into typed events, refusing anything else.

    With a sink, test events are handed over and kept without the worker's reply, so what
    a run keeps does not grow with what the sandbox writes.
    """

    def __init__(
        self, on_event: EventSink | None, test_timeout: float | None = None, tests: int = 0
    ) -> None:
        self.on_event = on_event
        self.test_timeout = test_timeout
        self.test_deadline: float | None = None  # monotonic time the running test must end by
        self.max_events = 2 * tests + EXTRA_EVENTS
        self.events: list[Event] = []
        self.error = ""
        self.stop_requested = False  # the sink asked to stop the run
        self.size = 0
        self._buffer = bytearray()

    @property
    def finished(self) -> bool:
        return bool(self.events) and isinstance(self.events[-1], Done)

    def deadline(self, wall_deadline: float) -> tuple[float, str]:
        """The earlier of the run's and the running test's deadline, and which it is."""
        if self.test_deadline is not None and self.test_deadline < wall_deadline:
            return self.test_deadline, "test"
        return wall_deadline, "wall"

    def feed(self, data: bytes) -> None:
        if self.error:
            return
        self.size += len(data)
        if self.size > MAX_RESULT_BYTES:
            self.error = "the result channel overflowed"
            return
        self._buffer += data
        if len(self._buffer) > MAX_EVENT and b"\n" not in data:
            self.error = "the result channel overflowed"
            return
        if b"\n" not in data:
            return
        *lines, rest = bytes(self._buffer).split(b"\n")
        self._buffer = bytearray(rest)
        for line in lines:
            if self.error or self.stop_requested:
                break
            self._line(line)

    def close(self) -> None:
        if self._buffer.strip() and not self.error:
            self._line(bytes(self._buffer))
        self._buffer = bytearray()

    def _line(self, line: bytes) -> None:
        if self.finished:
            self.error = "data after the end of the results"
            return
        if len(self.events) >= self.max_events:
            self.error = "more events than the job has tests"
            return
        try:
            event = decode_event(line)
        except BadEvent as exc:
            self.error = f"the result channel held {exc}"
            return
        if isinstance(event, Start):
            self.events.append(event)
            self._next_test_from_now(event)
            return
        if self.on_event is not None:
            if self.on_event(event):
                self.stop_requested = True
            if isinstance(event, TestEvent):
                event = event.without_reply()
        self.events.append(event)
        self._next_test_from_now(event)

    def _next_test_from_now(self, event: Event) -> None:
        """The host's per-test kill: each test runs from the event before it (the worker's
        `ready`, the previous test's result, or a `start` after a fresh worker loaded), as
        the host is done with that event: time the host spends checking an answer is not
        taken from the next test's allowance."""
        if isinstance(event, (Ready, Start, TestEvent)) and self.test_timeout is not None:
            self.test_deadline = time.monotonic() + self.test_timeout
