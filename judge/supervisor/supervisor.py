"""The supervisor: the trusted half of the sandbox (standard library only).

It reads the job from stdin, starts the kind's worker (`kinds/<kind>/worker.py`, through
`workerlib.py`) as a separate
process that runs the submission, hands it one test at a time, and measures each test from
outside: the worker's CPU time (its process CPU clock, all threads), the wall time, and its
peak resident memory (VmHWM, and VmRSS sampled while it runs, so a reset of the high-water
mark hides nothing). It kills the worker at the CPU limit, at the wall-clock cap (sleeping or
blocked code) and over the memory limit, and starts a fresh one for the next test. Only this
process writes to the host's channel (its stdout); the worker never holds that descriptor.

The supervisor makes itself non-dumpable before the worker exists, so the worker, though it
runs as the same user, can neither ptrace it nor read its memory or descriptors through
/proc. It never runs submitted code and never sees expected answers. Every test is charged
for the worker's CPU time since the previous answer: work done between tests counts too.

Job (stdin): a line of JSON {"version", "worker": kind, "setup": first frame for the worker,
"tests": [{"setup"?, "time_limit"?, "wall_limit"?}], "input_sizes", "time_limit",
"wall_limit", "load_limit", "memory_kb", "stop_on_failure", "stop_from", "untimed_setup",
"rlimits"}, then each test's input as JSON bytes (protocol.encode_job); a worker gets a test
as the request {"op": "test", "data": INPUT}.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLE = 0.01  # seconds between memory samples while a test runs
SETUP_LIMIT = 5.0  # seconds for an untimed setup step (loading a dataset, SQL only)


def _load_protocol() -> Any:
    spec = importlib.util.spec_from_file_location("judge_protocol", f"{HERE}/protocol.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


protocol = _load_protocol()


def make_undumpable() -> None:
    """PR_SET_DUMPABLE 0: same-user processes cannot ptrace us or open /proc/<us>/mem, fd."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)


def cpu_seconds(pid: int) -> float:
    """CPU time of a whole process (all its threads, live and ended) from the kernel."""
    try:
        return time.clock_gettime(((~pid) << 3) | 2)  # CPUCLOCK_SCHED of the process
    except OSError:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return 0.0


def memory_kb(pid: int) -> int:
    """max(VmHWM, VmRSS) of a process, in KiB (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            return peak_of(f.read())
    except OSError:
        return 0


def peak_of(status: bytes, keys: tuple[bytes, ...] = (b"\nVmHWM:", b"\nVmRSS:")) -> int:
    """max(VmHWM, VmRSS) (or of the `keys` given) from the text of /proc/<pid>/status."""
    best = 0
    for key in keys:
        at = status.find(key)
        if at >= 0:
            end = status.find(b"\n", at + 1)
            with contextlib.suppress(ValueError):
                best = max(best, int(status[at + len(key) : end].split()[0]))
    return best


class Emitter:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.held = b""

    def hold(self, event: dict[str, Any]) -> None:
        """Write `event` with the next one (one write for a test's result and the next
        test's start)."""
        self.held += (json.dumps(event, ensure_ascii=True) + "\n").encode("ascii")

    def __call__(self, event: dict[str, Any]) -> None:
        data = self.held + (json.dumps(event, ensure_ascii=True) + "\n").encode("ascii")
        self.held = b""
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]


class Worker:
    """One worker process and the two pipes to it."""

    def __init__(self, kind: str) -> None:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", kind):
            raise ValueError(f"not a worker name: {kind!r}")
        if not os.path.isfile(os.path.join(ROOT, "kinds", kind, "worker.py")):
            raise ValueError(f"no worker for kind {kind!r}")
        self.kind = kind
        to_worker, self.request_fd = os.pipe()
        self.reply_fd, from_worker = os.pipe()
        # The worker sets the job's resource limits on itself from the setup frame, before
        # any submitted code runs (a hard limit cannot be raised again); so a worker can be
        # started before the job arrives, with its libraries loaded.
        self.proc = subprocess.Popen(
            [sys.executable, "-I", f"{HERE}/workerlib.py", kind, str(to_worker), str(from_worker)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(to_worker, from_worker),
            cwd=os.getcwd(),
            start_new_session=True,  # its own process group, so all it starts dies with it
        )
        os.close(to_worker)
        os.close(from_worker)
        os.set_blocking(self.request_fd, False)
        self.pid = self.proc.pid
        # Held open: reading it again is cheaper than opening it for every sample.
        try:
            self.status_fd = os.open(f"/proc/{self.pid}/status", os.O_RDONLY)
        except OSError:
            self.status_fd = -1
        self.reader = protocol.FrameReader()
        self.peak = 0  # the process's peak: what the memory limit is decided on
        # The test being run: resident memory when it was handed over and at its highest
        # since (VmHWM reset through clear_refs where the kernel lets us, else VmRSS samples).
        self.test_base = self.test_peak = 0
        self.hwm_reset = False
        self.sampled = 0.0  # when memory was last sampled (monotonic)
        self.cpu_mark = 0.0  # CPU time at the end of the last exchange

    def kill(self) -> None:
        """Kill the worker and everything it started, and reap them."""
        with contextlib.suppress(OSError):
            if os.getpid() == 1:
                # Process 1 of its container: everything else in there is the submission's,
                # including what left the worker's process group.
                os.kill(-1, signal.SIGKILL)
            else:
                os.killpg(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        self.proc.wait()
        _reap()
        for fd in (self.request_fd, self.reply_fd, self.status_fd):
            with contextlib.suppress(OSError):
                os.close(fd)

    def sample(self, now: float) -> int:
        """The worker's peak memory so far, in KiB, remembered in `peak`."""
        self.sampled = now
        try:
            status = os.pread(self.status_fd, 4096, 0)
        except OSError:
            status = b""
        self.peak = max(self.peak, peak_of(status) if status else memory_kb(self.pid))
        if status:
            keys = (b"\nVmHWM:", b"\nVmRSS:") if self.hwm_reset else (b"\nVmRSS:",)
            self.test_peak = max(self.test_peak, peak_of(status, keys))
        return self.peak

    def begin_test(self) -> None:
        """Start measuring one test's memory: the process's peak so far is kept first, then
        its high-water mark is reset (clear_refs 5), so VmHWM tells this test's own peak."""
        self.sample(time.monotonic())
        self.hwm_reset = False
        try:
            fd = os.open(f"/proc/{self.pid}/clear_refs", os.O_WRONLY)
            try:
                self.hwm_reset = os.write(fd, b"5") == 1
            finally:
                os.close(fd)
        except OSError:
            pass
        try:
            status = os.pread(self.status_fd, 4096, 0)
        except OSError:
            status = b""
        self.test_base = self.test_peak = peak_of(status, (b"\nVmRSS:",))

    def exit_note(self) -> str:
        code = self.proc.wait()
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else ""
            return f"the process was killed by signal {-code} {name}".rstrip()
        return f"the process exited (code {code})"

    def exchange(
        self, message: Any, cpu_limit: float, wall_limit: float, memory_limit: int
    ) -> tuple[str, Any, float, float, str]:
        """Send one frame, wait for the answer within the limits.

        Returns (status, answer, cpu, wall, note) with status one of TEST_STATUSES.
        """
        pending = memoryview(message if isinstance(message, bytes) else protocol.frame(message))
        start_cpu = self.cpu_mark
        start = time.monotonic()
        try:  # most requests fit in the pipe at once
            pending = pending[os.write(self.request_fd, pending) :]
        except BlockingIOError:
            pass
        except OSError:  # the worker is gone; its exit says why
            pending = memoryview(b"")
        while True:
            cpu = cpu_seconds(self.pid) - start_cpu
            now = time.monotonic()
            wall = now - start
            # Sampled on a clock, not on every wake-up (a large request wakes us per chunk);
            # VmHWM keeps the peak between samples, VmRSS catches a reset high-water mark.
            if now - self.sampled >= SAMPLE:
                self.sample(now)
            if memory_limit and self.peak > memory_limit:
                self.kill()
                return "memory", None, cpu, wall, ""
            if cpu > cpu_limit:
                self.kill()
                return "timeout", None, cpu, wall, ""
            if wall > wall_limit:
                self.kill()
                return "wall", None, cpu, wall, ""
            wait = max(min(cpu_limit - cpu, wall_limit - wall, SAMPLE), 0.0005)
            writers = [self.request_fd] if pending else []
            try:
                readable, writable, _ = select.select([self.reply_fd], writers, [], wait)
            except InterruptedError:
                continue
            if writable:
                try:
                    pending = pending[os.write(self.request_fd, pending) :]
                except BlockingIOError:
                    pass
                except OSError:  # the worker is gone; its exit says why
                    pending = memoryview(b"")
            if not readable:
                continue
            try:
                chunk = os.read(self.reply_fd, 1 << 20)
            except OSError:
                chunk = b""
            if not chunk:
                return self._died(start_cpu, start, memory_limit)
            self.reader.feed(chunk)
            try:
                complete, answer = self.reader.take()
            except ValueError as exc:
                cpu = cpu_seconds(self.pid) - start_cpu
                self.kill()
                return "protocol", None, cpu, time.monotonic() - start, str(exc)
            if complete:
                now = cpu_seconds(self.pid)
                self.cpu_mark = now
                ended = time.monotonic()
                self.sample(ended)
                cpu, wall = now - start_cpu, ended - start
                if memory_limit and self.peak > memory_limit:
                    return "memory", answer, cpu, wall, ""
                if cpu > cpu_limit:
                    return "timeout", answer, cpu, wall, ""
                return "ok", answer, cpu, wall, ""

    def _died(
        self, start_cpu: float, start: float, memory_limit: int
    ) -> tuple[str, Any, float, float, str]:
        # The CPU clock of a zombie still reads; after the wait it is gone.
        cpu = max(cpu_seconds(self.pid) - start_cpu, 0.0)
        note = self.exit_note()
        self.kill()
        wall = time.monotonic() - start
        code = self.proc.returncode
        if code == -signal.SIGKILL and memory_limit and self.peak > memory_limit * 0.9:
            return "memory", None, cpu, wall, note  # the kernel's OOM killer, near the limit
        if code == -signal.SIGXCPU:
            return "timeout", None, cpu, wall, note
        return "crashed", None, cpu, wall, note


def _reap() -> None:
    """Collect exited children (as process 1, orphans of the worker are ours to collect)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def start(kind: str) -> Worker:
    """A new worker; one retry when the sandbox is briefly out of processes."""
    try:
        return Worker(kind)
    except BlockingIOError:
        _reap()
        time.sleep(0.05)
        return Worker(kind)


class Session:
    """One job: load the submission in a worker, run the tests, restart after a kill."""

    def __init__(
        self,
        job: dict[str, Any],
        emit: Emitter,
        early: Worker | None,
        inputs: list[memoryview] | None = None,
    ) -> None:
        self.job = job
        self.inputs = inputs or []  # each test's input, JSON bytes as the host encoded them
        self.early = early if early is not None and early.kind == job["worker"] else None
        if early is not None and self.early is None:
            early.kill()
        self.emit = emit
        self.time_limit = float(job["time_limit"])
        self.wall_limit = float(job.get("wall_limit") or 3 * self.time_limit + 0.5)
        self.load_limit = float(job.get("load_limit") or max(2 * self.time_limit, 2.0))
        self.memory_limit = int(job.get("memory_kb") or 0)
        self.stop_from = int(job.get("stop_from") or 0)  # the first test a failure stops at
        self.worker: Worker | None = None
        self.peak = 0
        self.test_memory = (0, 0)  # the last test's (start, peak) resident memory, KiB

    def start_worker(self, first: bool) -> bool:
        """A worker with the submission loaded; on the first start, report how it went."""
        try:
            worker, self.early = self.early or start(str(self.job["worker"])), None
        except BlockingIOError:
            if first:
                self.emit({"event": "load_error", "status": "crashed", "error": "no process"})
            return False
        worker.cpu_mark = cpu_seconds(worker.pid)  # starting the interpreter is not loading
        setup = {**self.job["setup"], "rlimits": self.job.get("rlimits") or {}}
        status, answer, cpu, _, note = worker.exchange(
            setup, self.load_limit, self.load_limit * 3 + 1.0, self.memory_limit
        )
        self.peak = max(self.peak, worker.peak)
        if status == "ok" and isinstance(answer, dict) and answer.get("status") == "ready":
            self.worker = worker
            if first:
                call = answer.get("call")
                self.emit({"event": "ready", "load_time": cpu, "call": str(call or "")[:200]})
            return True
        worker.kill()
        if first:
            self.emit(load_failure(status, answer, note))
        return False

    def run(self) -> None:
        if not self.start_worker(first=True):
            return
        tests = self.job["tests"]
        for index, test in enumerate(tests):
            if self.worker is None and not self.start_worker(first=False):
                break
            assert self.worker is not None
            self.emit({"event": "start", "index": index})
            event = self.run_test(self.worker, index, test)
            failed = event["status"] != "ok" or (event["reply"] or {}).get("status") != "ok"
            if failed or index == len(tests) - 1:
                self.emit(event)
            else:
                self.emit.hold(event)  # goes out with the next test's start, at once
            limit_hit = (event["reply"] or {}).get("status") in ("timeout", "memory")
            if event["status"] != "ok":
                self.worker = None  # killed or dead: a fresh one for the next test
                if self.job.get("stop_after_kill"):
                    break
            elif limit_hit and self.job.get("stop_after_kill"):
                break  # the worker stopped the query at the limit itself (DuckDB's interrupt)
            if failed and self.job.get("stop_on_failure") and index >= self.stop_from:
                break  # samples (before stop_from) always all run
            if (event["reply"] or {}).get("status") == "output":
                break  # the output cap is for the whole submission

    def run_test(self, worker: Worker, index: int, test: dict[str, Any]) -> dict[str, Any]:
        cpu_limit = float(test.get("time_limit") or self.time_limit)
        wall_limit = float(test.get("wall_limit") or self.wall_limit)
        self.test_memory = (0, 0)
        if self.job.get("untimed_setup") and "setup" in test:
            status, answer, _, _, note = worker.exchange(
                {"op": "setup", "data": test["setup"]}, SETUP_LIMIT, SETUP_LIMIT * 2, 0
            )
            worker.cpu_mark = cpu_seconds(worker.pid)
            if status != "ok":
                # Killed while setting up (a pandas answer runs in this worker, and may have
                # broken the channel or the library): the worker is gone, and the run goes
                # on with a fresh one, as after any kill.
                self.peak = max(self.peak, worker.peak)
                return self.test_event(index, status, 0.0, 0.0, note, {})
            if not isinstance(answer, dict) or answer.get("status") != "ok":
                self.peak = max(self.peak, worker.peak)
                told = answer if isinstance(answer, dict) else {}
                return self.test_event(index, "ok", 0.0, 0.0, note, {**told, "status": "setup"})
        request: Any = {"op": "test", "data": test.get("input")}
        if index < len(self.inputs):
            request = protocol.test_frame(self.inputs[index])
        worker.begin_test()
        status, answer, cpu, wall, note = worker.exchange(
            request, cpu_limit, wall_limit, self.memory_limit
        )
        self.peak = max(self.peak, worker.peak)
        self.test_memory = (worker.test_base, worker.test_peak)
        reply: dict[str, Any] = {}
        if isinstance(answer, dict) and isinstance(answer.get("status"), str):
            reply = answer
        elif status == "ok":
            status, note = "protocol", "an answer without a status"
        return self.test_event(index, status, cpu, wall, note, reply)

    def test_event(
        self, index: int, status: str, cpu: float, wall: float, note: str, reply: dict[str, Any]
    ) -> dict[str, Any]:
        return {
            "event": "test",
            "index": index,
            "status": status,
            "time": round(cpu, 6),
            "wall": round(wall, 6),
            "memory_kb": self.peak,
            # This test's own: resident at its start, and at its highest during it.
            "start_memory_kb": self.test_memory[0],
            "test_memory_kb": self.test_memory[1],
            "error": note,
            "reply": reply,
        }


def load_failure(status: str, answer: Any, note: str) -> dict[str, Any]:
    """The first worker did not come up: what the host is told."""
    if status == "ok" and isinstance(answer, dict):
        kind = answer.get("status")
        if kind == "compile_error":
            return {"event": "compile_error", "message": _text(answer.get("message"))}
        if kind == "load_error" and answer.get("kind") in ("output", "memory", "error"):
            return {
                "event": "load_error",
                "status": answer["kind"],
                "error": _text(answer.get("error")),
            }
        return {"event": "load_error", "status": "protocol", "error": "an unreadable answer"}
    if status in ("timeout", "wall"):
        return {"event": "load_error", "status": status, "error": "timed out while loading"}
    if status == "memory":
        return {
            "event": "load_error",
            "status": "memory",
            "error": "ran out of memory while loading",
        }
    return {"event": "load_error", "status": status, "error": f"{note} while loading".strip()}


def _text(value: Any) -> str:
    return protocol.clip(value) if isinstance(value, str) else ""


def main() -> None:
    make_undumpable()
    # Started ahead of a job (the Docker runner's warm pool), the supervisor is told the kind
    # and starts its worker at once, so the interpreter and the kind's libraries are ready.
    early = start(sys.argv[1]) if len(sys.argv) > 1 else None
    result_fd = os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    raw = sys.stdin.buffer.read()
    for fd in (0, 1):
        os.dup2(devnull, fd)
    os.set_inheritable(result_fd, False)
    emit = Emitter(result_fd)
    try:
        job, inputs = protocol.decode_job(raw)
        Session(job, emit, early, inputs).run()
    except Exception as exc:  # the supervisor's own fault: say so, as the one `fault` event
        emit({"event": "fault", "error": f"{type(exc).__name__}: {exc}"[:2000]})
    emit({"event": "done"})
    os._exit(0)


if __name__ == "__main__":
    main()
