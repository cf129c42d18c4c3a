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
"tests": [{"setup"?, "time_limit"?, "wall_limit"?}], "request_sizes", "time_limit",
"wall_limit", "load_limit", "memory_kb", "stop_on_failure", "stop_from", "untimed_setup",
"setup_counts", "rlimits"}, then each test's request frame (protocol.encode_job): a worker
gets a test as the request {"op": "test", "data": INPUT}.
"""

from __future__ import annotations

import contextlib
import importlib.util
import math
import os
import re
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SAMPLE = 0.01  # seconds between memory samples while a test runs
# A test answered within this much wall time is quick: its memory is read from statm alone
# (Worker._answered); a full reading comes at least every SAMPLE all the same.
QUICK = 0.001
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024
NOTHING = memoryview(b"")  # what is left to write of a request once it is all written
SETUP_LIMIT = 5.0  # seconds for an untimed setup step (loading a dataset, SQL only)
# Started without `site` (it costs an interpreter 2-25 ms), the supervisor names the library
# folders `site` would add in JUDGE_SITE (the local runner names them itself), and its worker
# starts without `site` too and puts them on its path.
if sys.flags.no_site and not os.environ.get("JUDGE_SITE"):
    import site

    os.environ["JUDGE_SITE"] = os.pathsep.join(site.getsitepackages())
FLAGS = ["-I", "-S"] if os.environ.get("JUDGE_SITE") else ["-I"]
# The image ships the harness compiled (X.pyc beside each X.py) and starts this file's: then
# the other harness files run compiled too, and nothing is compiled again at every start.
COMPILED = __file__.endswith(".pyc")


def runtime_file(path: str) -> str:
    """The compiled form of a harness file where the image has one, else the file."""
    return path + "c" if COMPILED and os.path.isfile(path + "c") else path


HOLD = 0.002  # seconds a passing test's result may wait to go out with the next ones


def _load_protocol() -> Any:
    spec = importlib.util.spec_from_file_location(
        "judge_protocol", runtime_file(f"{HERE}/protocol.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


protocol = _load_protocol()


def _libc() -> Any:
    import ctypes

    return ctypes.CDLL(None, use_errno=True)


try:
    LIBC: Any = _libc()
except OSError:
    LIBC = None


def make_undumpable() -> None:
    """PR_SET_DUMPABLE 0: same-user processes cannot ptrace us or open /proc/<us>/mem, fd."""
    with contextlib.suppress(Exception):
        LIBC.prctl(4, 0, 0, 0, 0)


class Pinning:
    """Keeps the supervisor and its worker on one CPU while tests are short.

    Each test is a hand-over and an answer: two wake-ups. Across two CPUs each one finds the
    other CPU idle, and waking an idle CPU costs a virtual machine 20-30 µs (measured on our
    2-core VMs: a pipe ping-pong between two processes took 75 µs a round trip across CPUs,
    4 µs on one CPU). On one CPU a wake-up is a context switch. A test that runs longer than
    a memory sample (10 ms) lets both go (`release`), so the scheduler may move a long test
    to a free CPU; the next hand-over pins them again, to the CPU the supervisor is on then.
    Only the scheduler's placement changes: CPU time is counted per process either way."""

    def __init__(self) -> None:
        try:
            self.allowed = os.sched_getaffinity(0)
        except OSError:
            self.allowed = set()
        self.getcpu = getattr(LIBC, "sched_getcpu", None)
        self.pinned = False
        self.refused = False  # the kernel said no once: not asked again

    def pin(self, pid: int = 0) -> None:
        """Keep this process (and `pid`, when given) on the CPU this process is on now."""
        if self.pinned or self.refused or len(self.allowed) < 2 or self.getcpu is None:
            return
        cpu = self.getcpu()
        if cpu not in self.allowed:
            return
        try:
            os.sched_setaffinity(0, {cpu})
            if pid:
                os.sched_setaffinity(pid, {cpu})
        except OSError:
            self.refused = True
            self.release(pid)
            return
        self.pinned = True

    def release(self, pid: int) -> None:
        """Let this process and `pid` run on any CPU allowed to the sandbox again."""
        if not self.pinned and not self.refused:
            return
        self.pinned = False
        for who in (pid, 0) if pid else (0,):
            with contextlib.suppress(OSError):
                os.sched_setaffinity(who, self.allowed)


PINNING = Pinning()


# What the worker is refused (seccomp). Process creation: a child process's CPU time and
# memory are not the worker's, so work or memory moved into one would go unmeasured, and it
# could outlive the run; threads stay allowed (clone with CLONE_THREAD): they are the
# process's. Memory that is no process's resident memory: memfd files and SysV shared
# memory. And prlimit on another process (it needs only the same uid, which the worker
# has): it could lower the supervisor's limits and make it fail.
# Per architecture: its audit number, the system calls refused, clone, prlimit64, and
# whether x32 numbers exist.
_ARCHES = {
    "x86_64": (
        0xC000003E,
        {"fork": 57, "vfork": 58, "io_uring_setup": 425, "memfd_create": 319, "shmget": 29},
        56,
        302,
        True,
    ),
    "aarch64": (
        0xC00000B7,
        {"io_uring_setup": 425, "memfd_create": 279, "shmget": 194},
        220,
        261,
        False,
    ),
}
_CLONE3 = 435  # refused as "not implemented": glibc then creates threads with clone
_CLONE_THREAD = 0x00010000
EPERM, ENOSYS = 1, 38


def no_processes_filter() -> bytes | None:
    """The classic-BPF seccomp program (struct sock_filter[]) refusing process creation on
    this machine's architecture (None: an architecture we have no numbers for)."""
    import struct

    arch = _ARCHES.get(os.uname().machine)
    if arch is None:
        return None
    audit, refused, clone, prlimit, x32 = arch
    ld, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06
    allow, deny, nosys = 0x7FFF0000, 0x00050000 | EPERM, 0x00050000 | ENOSYS
    # (code, jump if true, jump if false, k), jumps named by label (a label is a row with
    # its name for a code), resolved below.
    program: list[tuple[Any, Any, Any, int]] = [
        (ld, 0, 0, 4),  # seccomp_data.arch: a foreign ABI (int 0x80) is refused whole
        (jeq, 0, "deny", audit),
        (ld, 0, 0, 0),  # seccomp_data.nr
    ]
    if x32:
        program.append((jge, "deny", 0, 0x40000000))
    program.append((jeq, "clone", 0, clone))
    program.append((jeq, "prlimit", 0, prlimit))
    program += [(jeq, "deny", 0, number) for number in refused.values()]
    program += [
        (jeq, "nosys", 0, _CLONE3),
        (ret, 0, 0, allow),
        ("clone", 0, 0, 0),  # label
        (ld, 0, 0, 16),  # the low half of args[0]: clone's flags
        (jset, "allow", "deny", _CLONE_THREAD),
        ("prlimit", 0, 0, 0),
        (ld, 0, 0, 16),  # the low half of args[0]: the pid (a pid_t, all the kernel reads)
        (jeq, "allow", "deny", 0),  # 0 is the caller itself (setrlimit comes this way)
        ("deny", 0, 0, 0),
        (ret, 0, 0, deny),
        ("nosys", 0, 0, 0),
        (ret, 0, 0, nosys),
        ("allow", 0, 0, 0),
        (ret, 0, 0, allow),
    ]
    labels: dict[str, int] = {}
    rows: list[tuple[Any, Any, Any, int]] = []
    for row in program:
        if isinstance(row[0], str):
            labels[row[0]] = len(rows)
        else:
            rows.append(row)
    out = b""
    for at, (op, yes, no, k) in enumerate(rows):
        jt = labels[yes] - at - 1 if isinstance(yes, str) else yes
        jf = labels[no] - at - 1 if isinstance(no, str) else no
        out += struct.pack("=HBBI", op, jt, jf, k)
    return out


def _seccomp_args(libc: Any) -> Any:
    """What prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ...) takes: a struct sock_fprog,
    built in the supervisor so the forked child only makes the two calls (None: no filter)."""
    import ctypes

    program = no_processes_filter()
    if program is None:
        return None
    buffer = ctypes.create_string_buffer(program, len(program))

    class Fprog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = Fprog(len(program) // 8, ctypes.addressof(buffer))
    fprog._keep = buffer  # type: ignore[attr-defined]
    return ctypes.byref(fprog)


try:
    SECCOMP = _seccomp_args(LIBC) if LIBC is not None else None
except (OSError, AttributeError, ValueError):
    SECCOMP = None


def _die_with(parent: int, libc: Any) -> Callable[[], None]:
    """Run in the worker between fork and exec: PR_SET_PDEATHSIG SIGKILL, so a worker whose
    supervisor is killed (the host stopping a run, with a test in flight) dies with it and
    never runs on alone (in a container, killing process 1 does that already); then the
    seccomp filter that refuses it new processes (kept across exec, with no_new_privs)."""

    def arm() -> None:
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != parent:  # the supervisor died before the signal was armed
            os._exit(1)
        if SECCOMP is not None:
            libc.prctl(38, 1, 0, 0, 0)  # PR_SET_NO_NEW_PRIVS
            libc.prctl(22, 2, SECCOMP, 0, 0)  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER

    return arm


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
            return max(vm_of(f.read()))
    except OSError:
        return 0


_VM = re.compile(rb"\nVmHWM:\s*(\d+)[^\n]*\n(?:[^\n]*\n)*?VmRSS:\s*(\d+)")


LEADERLESS = "the worker's main thread ended while other threads ran on"


def _leaderless(status: bytes, pid: int) -> bool:
    """Whether the process's main thread ended (a raw exit system call) while other threads
    run on: its status then has no memory lines, and the kernel shows no memory for it any
    more. Nothing the worker does needs that; a submission hiding its memory does. (A
    process that ended whole shows none either, but has no other thread left.)"""
    if not status or b"\nVmRSS:" in status:
        return False
    try:
        return len(os.listdir(f"/proc/{pid}/task")) > 1
    except OSError:
        return False


def vm_of(status: bytes) -> tuple[int, int]:
    """(VmHWM, VmRSS) in KiB from the text of /proc/<pid>/status ((0, 0): not there)."""
    found = _VM.search(status)
    return (int(found[1]), int(found[2])) if found else (0, 0)


class Emitter:
    """Writes events to the host. A passing test's result may wait up to HOLD seconds to go
    out with the ones after it (one write and one wake-up of the host for many fast tests);
    anything else goes out at once, with what was held."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.held: list[bytes] = []
        self.since = 0.0  # when the oldest held event was made (monotonic)

    def __call__(self, event: dict[str, Any] | bytes, hold: bool = False) -> None:
        """Send an event (or its line, made already), or hold it when `hold` allows."""
        line = event if isinstance(event, bytes) else protocol.event_line(event)
        now = time.monotonic()
        if not self.held:
            self.since = now
        self.held.append(line)
        if not hold or now - self.since >= HOLD:
            self.flush()

    def due(self) -> float:
        """Seconds until what is held must go out (inf: nothing is held)."""
        return self.since + HOLD - time.monotonic() if self.held else math.inf

    def flush(self) -> None:
        if not self.held:
            return
        view = memoryview(b"".join(self.held))
        self.held = []
        while view:
            written = os.write(self.fd, view)
            view = view[written:]


class SandboxUnfit(Exception):
    """The sandbox cannot hold a worker as it must (a fault of the host's environment)."""


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
        fds = (str(to_worker), str(from_worker))
        PINNING.pin()  # before the worker exists: it starts on the same CPU
        self.proc = subprocess.Popen(
            [sys.executable, *FLAGS, runtime_file(f"{HERE}/workerlib.py"), kind, *fds],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(to_worker, from_worker),
            cwd=os.getcwd(),
            start_new_session=True,  # its own process group, so all it starts dies with it
            preexec_fn=_die_with(os.getpid(), LIBC) if LIBC is not None else None,
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
        try:  # the resident size alone: a sixth of the cost of the status, read per quick test
            self.statm_fd = os.open(f"/proc/{self.pid}/statm", os.O_RDONLY)
        except OSError:
            self.statm_fd = -1
        self.clear_fd = -2  # opened at the first test (-1: the kernel does not let us)
        self.reader = protocol.FrameReader()
        self.poller = select.poll()  # the answer pipe, and the request pipe while it fills
        self.poller.register(self.reply_fd, select.POLLIN)
        self.chunk = memoryview(bytearray(1 << 20))  # what one read of an answer takes
        self.peak = 0  # the process's peak: what the memory limit is decided on
        # The test being run: resident memory when it was handed over and at its highest
        # since (VmHWM reset through clear_refs where the kernel lets us, else VmRSS samples).
        self.test_base = self.test_peak = 0
        self.hwm_reset = False
        self.sampled = 0.0  # when memory was last sampled (monotonic)
        self.cpu_mark = 0.0  # CPU time at the end of the last exchange
        self.last_status = (0, 0)  # (VmHWM, VmRSS) at the last sample
        # The request in flight: when it was handed over, and what is not written yet.
        self.start_cpu = self.start = 0.0
        self.pending = NOTHING
        self.sent_next = False  # the last wait handed over the next test's request
        self.memory_of_last = (0, 0)  # the last test's (start, peak) resident memory, KiB
        self.leader_gone = False  # its main thread ended while others run on
        self.dead = False
        if SECCOMP is not None and b"\nSeccomp:\t2" not in self._status_text():
            # The filter was not installed (a kernel without seccomp filters, or a container
            # that forbids them): a worker that could start processes could hide work from
            # us, so none runs. The host's environment is at fault: the one `fault` event.
            self.kill()
            raise SandboxUnfit("the worker could not be refused new processes (no seccomp)")

    def kill(self) -> None:
        """Kill the worker and everything it started, and reap them."""
        if self.dead:
            return
        self.dead = True
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
        for fd in (self.request_fd, self.reply_fd, self.status_fd, self.statm_fd, self.clear_fd):
            with contextlib.suppress(OSError, ValueError):
                os.close(fd)

    def _status(self) -> tuple[int, int]:
        """(VmHWM, VmRSS) now ((0, 0): gone)."""
        text = self._status_text()
        if text:
            return vm_of(text)
        try:
            with open(f"/proc/{self.pid}/status", "rb") as f:
                return vm_of(f.read())
        except OSError:
            return (0, 0)

    def _status_text(self) -> bytes:
        """The worker's /proc status, from the file held open (b"": unreadable)."""
        try:
            return os.pread(self.status_fd, 4096, 0)
        except OSError:
            return b""

    def _resident(self) -> int:
        """VmRSS now, in KiB, from statm (-1: unreadable)."""
        try:
            return int(os.pread(self.statm_fd, 200, 0).split(None, 2)[1]) * PAGE_KB
        except (OSError, IndexError, ValueError):
            return -1

    def sample(self, now: float) -> int:
        """The worker's peak memory so far, in KiB, remembered in `peak`."""
        self.sampled = now
        text = self._status_text()
        self.leader_gone = self.leader_gone or _leaderless(text, self.pid)
        hwm, rss = self.last_status = vm_of(text) if text else self._status()
        self.peak = max(self.peak, hwm, rss)
        # A reset high-water mark is this test's own; else only the samples of VmRSS are.
        self.test_peak = max(self.test_peak, hwm if self.hwm_reset else 0, rss)
        return self.peak

    def begin_test(self) -> None:
        """Start measuring one test's memory: the process's peak so far is kept first, then
        its high-water mark is reset (clear_refs 5), so VmHWM tells this test's own peak.
        The worker is blocked on its request pipe meanwhile: its resident size stands still."""
        self.sampled = time.monotonic()
        hwm, rss = self._status()
        self.peak = max(self.peak, hwm, rss)
        self.hwm_reset = self._reset_hwm()
        self.test_base = self.test_peak = rss

    def _reset_hwm(self) -> bool:
        """Reset the worker's high-water mark (clear_refs 5) where the kernel lets us."""
        if self.clear_fd == -2:  # the worker runs its own program by now
            try:
                self.clear_fd = os.open(f"/proc/{self.pid}/clear_refs", os.O_WRONLY)
            except OSError:
                self.clear_fd = -1
        if self.clear_fd >= 0:
            with contextlib.suppress(OSError):
                return os.write(self.clear_fd, b"5") == 1
        return False

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
        self.send(message)
        return self.wait(cpu_limit, wall_limit, memory_limit)

    def send(self, message: Any) -> None:
        """Hand the worker one frame; its time runs from here (CPU: from the last answer)."""
        data = message if isinstance(message, (bytes, memoryview)) else protocol.frame(message)
        self.start_cpu = self.cpu_mark
        if not PINNING.pinned:  # the last test ran long and let go of the CPU
            PINNING.pin(self.pid)
        self.start = time.monotonic()
        try:  # most requests fit in the pipe at once
            written = os.write(self.request_fd, data)
        except BlockingIOError:
            written = 0
        except OSError:  # the worker is gone; its exit says why
            written = len(data)
        self.pending = memoryview(data)[written:] if written < len(data) else NOTHING

    def wait(
        self,
        cpu_limit: float,
        wall_limit: float,
        memory_limit: int,
        follow: bytes | memoryview | None = None,
        emitter: Emitter | None = None,
    ) -> tuple[str, Any, float, float, str]:
        """Wait for the answer to what was sent, within the limits; (status, answer, cpu,
        wall, note) with status one of TEST_STATUSES.

        `follow`, the next test's request, is handed over the moment the answer arrives
        (its CPU time and memory read, not yet decoded), and its clock starts;
        `self.sent_next` says so. The `emitter`'s held events go out while waiting, when due.
        """
        start_cpu, start = self.start_cpu, self.start
        self.sent_next = False
        poll, reply_fd, chunk, reader = self.poller.poll, self.reply_fd, self.chunk, self.reader
        # Handed over a moment ago: none of the limits is used up yet, so the first wait
        # reads no clock (a tiny test's answer is usually there by the first wake-up).
        wait = min(cpu_limit, wall_limit, SAMPLE)
        while True:
            if emitter is not None and emitter.held:
                due = emitter.due()
                if due <= 0:
                    emitter.flush()
                else:
                    wait = min(wait, due)
            if self.pending:
                self.poller.register(self.request_fd, select.POLLOUT)
            try:
                ready = poll(wait * 1000.0)
            except InterruptedError:
                ready = []
            if self.pending:
                self.poller.unregister(self.request_fd)
            got = -1
            for fd, _ in ready:
                if fd == reply_fd:
                    try:  # into a buffer kept for it: a fresh megabyte per read costs an mmap
                        got = os.readv(reply_fd, [chunk])
                    except OSError:
                        got = 0
                elif self.pending:
                    try:
                        self.pending = self.pending[os.write(self.request_fd, self.pending) :]
                    except BlockingIOError:
                        pass
                    except OSError:  # the worker is gone; its exit says why
                        self.pending = NOTHING
            if got == 0:
                return self._died(start_cpu, start, memory_limit)
            if got > 0:
                try:
                    data = reader.read(chunk, got)
                except ValueError as exc:
                    cpu = cpu_seconds(self.pid) - start_cpu
                    self.kill()
                    return "protocol", None, cpu, time.monotonic() - start, str(exc)
                if data is not None:
                    return self._answered(data, start_cpu, start, cpu_limit, memory_limit, follow)
            cpu = cpu_seconds(self.pid) - start_cpu
            now = time.monotonic()
            wall = now - start
            # Sampled on a clock, not on every wake-up (a large request wakes us per chunk);
            # VmHWM keeps the peak between samples, VmRSS catches a reset high-water mark.
            if now - self.sampled >= SAMPLE:
                self.sample(now)
                if self.leader_gone:
                    self.kill()
                    return "protocol", None, cpu, wall, LEADERLESS
                if wall >= SAMPLE:  # a long test: the scheduler may move it to a free CPU
                    PINNING.release(self.pid)
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

    def _answered(
        self,
        data: bytes,
        start_cpu: float,
        start: float,
        cpu_limit: float,
        memory_limit: int,
        follow: bytes | memoryview | None,
    ) -> tuple[str, Any, float, float, str]:
        """The answer to the test at hand is in: measure, hand over `follow`, decode.

        A quick test (answered within QUICK, with a full memory reading within SAMPLE) is
        measured by its resident size alone: it had no time to fault in more than a few MiB
        and give them back. Its high-water mark is neither read nor reset, so the next full
        reading still holds its peak: the process's peak, on which the memory limit is
        decided, misses nothing."""
        now = cpu_seconds(self.pid)
        ended = time.monotonic()
        rss = -1
        if follow is not None and ended - start < QUICK and ended - self.sampled < SAMPLE:
            rss = self._resident()
        if rss > 0:  # (0: the process has no memory to read, see _leaderless)
            self.cpu_mark = now
            self.send(follow)  # type: ignore[arg-type]  # (follow is not None)
            self.sent_next = True
            self.peak = max(self.peak, rss)
            self.memory_of_last = (self.test_base, max(self.test_peak, rss))
            self.test_base = self.test_peak = rss  # the next test's memory starts here
        else:
            status_text = self._status_text()  # this test's memory, before the next one runs
            if _leaderless(status_text, self.pid):
                self.kill()
                return "protocol", None, now - start_cpu, ended - start, LEADERLESS
            self.cpu_mark = now
            if follow is not None:
                # The worker waits: hand it the next test at once, and measure and decode
                # this answer while it works. Should this test prove over a limit, the
                # worker is killed all the same and the next test goes to a fresh one.
                reset = self._reset_hwm()
                self.send(follow)
                self.sent_next = True
            self.sampled = ended
            hwm, rss = self.last_status = vm_of(status_text) if status_text else self._status()
            self.peak = max(self.peak, hwm, rss)
            self.test_peak = max(self.test_peak, hwm if self.hwm_reset else 0, rss)
            self.memory_of_last = (self.test_base, self.test_peak)
            if self.sent_next:  # the next test's memory starts here
                self.hwm_reset = reset
                self.test_base = self.test_peak = rss
        cpu, wall = now - start_cpu, ended - start
        status = "ok"
        if memory_limit and self.peak > memory_limit:
            status = "memory"
        elif cpu > cpu_limit:
            status = "timeout"
        try:
            answer = self.reader.decode(data)
        except ValueError as exc:
            self.kill()
            return "protocol", None, cpu, wall, str(exc)
        return status, answer, cpu, wall, ""

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
        self.inputs = inputs or []  # each test's request frame, as the host encoded it
        self.early = early if early is not None and early.kind == job["worker"] else None
        if early is not None and self.early is None:
            early.kill()
        self.emit = emit
        self.time_limit = float(job["time_limit"])
        self.wall_limit = float(job.get("wall_limit") or 3 * self.time_limit + 0.5)
        self.load_limit = float(job.get("load_limit") or max(2 * self.time_limit, 2.0))
        self.memory_limit = int(job.get("memory_kb") or 0)
        self.stop_from = int(job.get("stop_from") or 0)  # the first test a failure stops at
        self.tests: list[dict[str, Any]] = job["tests"]
        self.untimed_setup = bool(job.get("untimed_setup"))
        self.setup_counts = bool(job.get("setup_counts"))
        self.stop_after_kill = bool(job.get("stop_after_kill"))
        self.stop_on_failure = bool(job.get("stop_on_failure"))
        # Each test's (CPU, wall-clock) limits: its own, or the job's.
        self.limits = [
            (
                float(test.get("time_limit") or self.time_limit),
                float(test.get("wall_limit") or self.wall_limit),
            )
            for test in self.tests
        ]
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
        sent = False  # the test at hand was handed over already, as the last one ended
        for index, test in enumerate(self.tests):
            if self.worker is None:
                if not self.start_worker(first=False):
                    break
                # A fresh worker took its load time: the host's deadline for this test
                # starts again here (else it runs from the previous event).
                self.emit({"event": "start", "index": index})
            assert self.worker is not None
            status, told, line = self.run_test(self.worker, index, test, sent)
            sent = self.worker.sent_next
            failed = status != "ok" or told != "ok"  # told: the worker's own account
            # A pass may wait a moment to go out with the next results; a failure, a test
            # with no next one handed over, goes now.
            self.emit(line, hold=not failed and sent)
            if not failed:
                continue
            if status != "ok":
                self.worker.kill()
                self.worker, sent = None, False  # a fresh one for the next test
                if self.stop_after_kill:
                    break
            elif told in ("timeout", "memory") and self.stop_after_kill:
                break  # the worker stopped the query at the limit itself (DuckDB's interrupt)
            if self.stop_on_failure and index >= self.stop_from:
                break  # samples (before stop_from) always all run
            if told == "output":
                break  # the output cap is for the whole submission
        if sent and self.worker is not None:
            self.worker.kill()  # a test handed over that will not be waited for

    def request(self, index: int) -> bytes | memoryview | None:
        """The frame that hands over test `index`, when it can go as soon as the test before
        it ends (None: there is none, or it has an untimed setup step first)."""
        tests = self.tests
        if index >= len(tests) or (self.untimed_setup and "setup" in tests[index]):
            return None
        if index < len(self.inputs):
            return self.inputs[index]
        return bytes(protocol.frame({"op": "test", "data": tests[index].get("input")}))

    def run_test(
        self, worker: Worker, index: int, test: dict[str, Any], sent: bool = False
    ) -> tuple[str, Any, bytes]:
        """Run one test (`sent`: its request went out as the previous test ended); the
        supervisor's status, the status the worker gave, and the event's line."""
        cpu_limit, wall_limit = self.limits[index]
        self.test_memory = (0, 0)
        if not sent and self.untimed_setup and "setup" in test:
            mark = worker.cpu_mark
            status, answer, cpu, wall, note = worker.exchange(
                {"op": "setup", "data": test["setup"]}, SETUP_LIMIT, SETUP_LIMIT * 2, 0
            )
            if not self.setup_counts:
                cpu = wall = 0.0
            # Where the submission is loaded before the setup step runs (a pandas answer in
            # its worker), the step is the submission's to change: its CPU time is the
            # test's. Else (a query, which has not run yet) the step is not timed.
            worker.cpu_mark = mark if self.setup_counts else cpu_seconds(worker.pid)
            if status != "ok":
                # Killed while setting up (a pandas answer runs in this worker, and may have
                # broken the channel or the library): the worker is gone, and the run goes
                # on with a fresh one, as after any kill.
                self.peak = max(self.peak, worker.peak)
                return self.test_event(index, status, cpu, wall, note, {})
            if not isinstance(answer, dict) or answer.get("status") != "ok":
                self.peak = max(self.peak, worker.peak)
                told = answer if isinstance(answer, dict) else {}
                return self.test_event(index, "ok", 0.0, 0.0, note, {**told, "status": "setup"})
        if not sent:
            worker.begin_test()
            request = self.request(index)
            worker.send(request if request is not None else {"op": "test", "data": None})
        status, answer, cpu, wall, note = worker.wait(
            cpu_limit, wall_limit, self.memory_limit, self.request(index + 1), self.emit
        )
        self.peak = max(self.peak, worker.peak)
        # This test's memory (with the next test handed over, kept before its reset).
        self.test_memory = (
            worker.memory_of_last if worker.sent_next else (worker.test_base, worker.test_peak)
        )
        reply: dict[str, Any] = {}
        raw = None
        if isinstance(answer, dict) and isinstance(answer.get("status"), str):
            reply = answer
            if status == "ok":
                raw = worker.reader.last  # the bytes `answer` was decoded from
        elif status == "ok":
            status, note = "protocol", "an answer without a status"
        return self.test_event(index, status, cpu, wall, note, reply, raw)

    def test_event(
        self,
        index: int,
        status: str,
        cpu: float,
        wall: float,
        note: str,
        reply: dict[str, Any],
        raw: bytes | None = None,
    ) -> tuple[str, Any, bytes]:
        # memory: the process's peak; this test's own resident memory at its start, and at
        # its highest during it.
        memory = (self.peak, *self.test_memory)
        line = protocol.test_line(index, status, cpu, wall, memory, note, reply, raw)
        return status, reply.get("status"), line


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
    # The worker runs as our user and may signal us. Python's own SIGINT handler would raise
    # KeyboardInterrupt here, at any line (a failure of ours, and held results lost); every
    # other signal either kills us (the host then blames the submission) or, as process 1
    # of a container, is not delivered at all. SIG_IGN is inherited: the worker ignores it too.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Started ahead of a job (the Docker runner's warm pool), the supervisor is told the kind
    # and starts its worker at once, so the interpreter and the kind's libraries are ready.
    try:
        early = start(sys.argv[1]) if len(sys.argv) > 1 else None
    except SandboxUnfit:
        early = None  # said as the job's `fault` when its worker is started again
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
