"""The local runner: the supervisor and its worker as child processes on this machine.

The supervisor gets a clean environment, a fresh temporary working directory, its own session
(so the whole process group can be killed), resource limits that the harness applies to
the worker before any submitted code runs (address space, CPU time, file size, processes), and
a wall-clock kill. It is meant for a candidate's own code on their own machine; strangers'
code belongs in the Docker runner.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import os
import select
import subprocess
import sys
import threading
import time
from typing import IO

from judge.runners.base import (
    EventParser,
    EventSink,
    Job,
    MissingModule,
    RunOutcome,
    job_stdin,
)
from judge.spawn import Started, kill_group, start_supervisor

# Interpreter, NumPy and allocator overhead above the problem's own memory limit: the
# address-space limit is a backstop, the harness measures resident memory per test.
ADDRESS_SPACE_HEADROOM_MB = 256


class LocalRunner:
    name = "local"

    def __init__(self, python: str | None = None) -> None:
        self.python = python or sys.executable
        self.factor = 1.0  # the reference machine's limits until a caller calibrates
        self.ratios: dict[str, float] = {}  # per calibration part (Runner.ratios)
        self._has: dict[str, bool] = {}
        self._early: Started | None = None  # started by prestart(), for the next run

    def has_module(self, name: str) -> bool:
        """Whether this runner's Python can import `name` (asked once per module)."""
        if name not in self._has:
            if self.python == sys.executable:
                self._has[name] = importlib.util.find_spec(name) is not None
            else:
                probe = f"import importlib.util as u, sys; sys.exit(u.find_spec({name!r}) is None)"
                done = subprocess.run([self.python, "-I", "-c", probe], capture_output=True)
                self._has[name] = done.returncode == 0
        return self._has[name]

    def prestart(self, kind: str) -> None:
        """Start the supervisor and its `kind` worker now, for this runner's next run, so
        that interpreter start-up and the kind's imports overlap the caller's own work
        (loading the problem, encoding its tests). Used by that one run only; a run of
        another kind starts afresh and discards it."""
        if self._early is None:
            self.adopt(start_supervisor(kind, self.python))

    def adopt(self, started: Started) -> None:
        """Use `started` (judge.spawn, started by the caller) for the next run."""
        if self._early is not None:
            self._early.discard()
        self._early = started

    def _take_early(self, kind: str) -> Started | None:
        early, self._early = self._early, None
        if early is None or early.taken:
            return None
        if early.kind != kind or early.proc.poll() is not None:
            early.discard()
            return None
        early.taken = True
        return early

    def _start(self, kind: str) -> Started:
        started = start_supervisor(kind, self.python)
        started.taken = True
        return started

    def run(self, job: Job, on_event: EventSink | None = None) -> RunOutcome:
        for module in job.needs:
            if not self.has_module(module):
                raise MissingModule(
                    module,
                    f"this answer uses {module}, which this host's Python ({self.python}) does "
                    f"not have: {module} answers need the Docker sandbox (--sandbox docker; "
                    "`judge sandbox build` makes its image)",
                )
        payload = dict(job.payload)
        payload["worker"] = job.kind
        payload["rlimits"] = {
            "as_mb": job.memory_mb + ADDRESS_SPACE_HEADROOM_MB,
            "cpu_s": math.ceil(job.wall_time) + 1,
            "fsize_mb": 64,
            "nproc": None if os.geteuid() == 0 else 4096,
        }
        data = job_stdin(payload)
        started = self._take_early(job.kind) or self._start(job.kind)
        with started.workdir, started.stderr as stderr_file:
            proc = started.proc
            parser = EventParser(on_event, job.test_timeout, job.tests)
            killed = _drive(proc, data, parser, job.wall_time)
            stderr_file.seek(0)
            stderr = stderr_file.read(8192).decode("utf-8", "replace")
        if parser.error and killed is None:
            killed = "output" if "overflowed" in parser.error else None
        return RunOutcome(
            events=tuple(parser.events),
            exit_code=proc.returncode,
            killed=killed,
            stderr=stderr,
            protocol_error=parser.error,
            runner=self.name,
        )


def _drive(
    proc: subprocess.Popen[bytes], data: bytes, parser: EventParser, wall: float
) -> str | None:
    """Feed stdin, stream stdout into the parser, kill at the run's or the test's deadline."""
    assert proc.stdin is not None and proc.stdout is not None
    writer = threading.Thread(target=_feed, args=(proc.stdin, data), daemon=True)
    writer.start()
    killed: str | None = None
    wall_deadline = time.monotonic() + wall
    fd = proc.stdout.fileno()
    try:
        while True:
            deadline, which = parser.deadline(wall_deadline)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                if time.monotonic() >= deadline:
                    killed = which
                    break
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            parser.feed(chunk)
            if parser.stop_requested:
                killed = "stopped"
                break
            if parser.error:
                break
        parser.close()
    finally:
        kill_group(proc)  # a killed run, or anything the submission left in its session
        proc.wait()
        proc.stdout.close()
    return killed


def _feed(stream: IO[bytes], data: bytes) -> None:
    with contextlib.suppress(OSError, ValueError):  # the child may be gone already
        stream.write(data)
        stream.close()
