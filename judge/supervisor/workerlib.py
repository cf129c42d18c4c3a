"""What every worker shares (standard library only), and the workers' entry point:
`python3 -I workerlib.py KIND REQUEST_FD REPLY_FD` loads kinds/KIND/worker.py and runs its
`main()`. Shared: the frame loop, capped prints, tracebacks of the submission's own frames,
syntax-error messages. A worker module reaches this one as sys.modules["judge_workerlib"].

A worker is the untrusted half of the sandbox: it runs the submission and answers the
supervisor's requests, one frame each. Nothing here measures or judges; whatever a worker
says about itself is a claim the supervisor checks against its own measurements.
"""

from __future__ import annotations

import importlib.util
import io
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

FILENAME = "solution.py"
TRACEBACK_FRAMES = 20  # of the submission's frames shown at each end of a deep traceback
KEEP_PRINTED = 4000  # characters of printed output kept per test
# A print never fails a submission: what it prints beyond the problem's output cap is cut
# (counted, not kept). Only a flood this many times the cap stops it (Output Limit
# Exceeded): output that does not stop would otherwise spend its whole time limit printing.
FLOOD_FACTOR = 64
# Deep recursion as LeetCode allows it: a DFS 40,000 calls deep, also through functools.cache
# (in 3.11 a call through C counts twice against the limit and takes ~500 bytes of C stack,
# so 8 MiB of stack gives out near 15,000). An endless recursion must still end in Python's
# RecursionError, not a crash: at this limit it costs 50-100 MB and 0.1-0.5 s of CPU.
RECURSION_LIMIT = 120_000
STACK_BYTES = 1 << 30  # the main thread's stack may grow to this (resident pages only count)
# Descriptors a worker may hold: a pipe's or a socket's buffer holds up to 1 MiB that no
# process's resident size shows, so this bounds memory that could be hidden there.
NOFILE = 64

READ_SIZE = 1 << 16  # bytes one read of a request takes at first (under malloc's mmap size)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load_file(name: str, path: str) -> Any:
    """A module from a file (the sandbox has no package on sys.path); its compiled form
    where the image ships one (this file runs compiled then)."""
    if __file__.endswith(".pyc") and os.path.isfile(path + "c"):
        path += "c"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


protocol = load_file("judge_protocol", os.path.join(HERE, "protocol.py"))


class Stop(BaseException):
    """Raised into user code to stop it; BaseException so `except Exception` lets it by."""


class OutputFull(Stop):
    pass


class CappedWriter(io.TextIOBase):
    """Stands in for sys.stdout/stderr: keeps the first part of each test's output, counts
    all of it, cuts what goes beyond the cap and stops only a flood (FLOOD_FACTOR x cap)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.total = 0  # characters printed by the whole submission
        self.printed = 0  # by the current test
        self.kept: list[str] = []
        self.kept_len = 0
        self.full = False

    def writable(self) -> bool:
        return True

    def write(self, s: Any) -> int:
        s = str(s)
        self.total += len(s)
        self.printed += len(s)
        room = min(KEEP_PRINTED - self.kept_len, self.limit - (self.total - len(s)))
        if room > 0:
            self.kept.append(s[:room])
            self.kept_len += len(self.kept[-1])
        if self.total > self.limit * FLOOD_FACTOR:
            self.full = True
            raise OutputFull()
        return len(s)

    def take(self) -> str:
        """What the current test printed, as shown: the first part, and a mark of the cut."""
        text = "".join(self.kept)
        cut = self.printed - self.kept_len
        if cut > 0:
            why = "over the output limit" if self.total > self.limit else "not shown"
            text += f"\n… [output cut: {cut:,} more characters {why}]"
        self.kept, self.kept_len, self.printed = [], 0, 0
        return text


def user_traceback(exc: BaseException) -> str:
    """The traceback through the submission's frames only, both ends of a deep one."""
    walked = [
        (frame, line)
        for frame, line in traceback.walk_tb(exc.__traceback__)
        if frame.f_code.co_filename == FILENAME
    ]
    skipped = max(len(walked) - 2 * TRACEBACK_FRAMES, 0)
    if skipped:
        walked = walked[:TRACEBACK_FRAMES] + walked[-TRACEBACK_FRAMES:]
    frames = traceback.StackSummary.extract(iter(walked))
    lines = ["Traceback (most recent call last):\n"] if frames else []
    if skipped:
        lines += traceback.format_list(frames[:TRACEBACK_FRAMES])
        lines.append(f"  ... {skipped} more frames ...\n")
        lines += traceback.format_list(frames[TRACEBACK_FRAMES:])
    else:
        lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return str(protocol.clip("".join(lines)))


def syntax_message(exc: SyntaxError) -> str:
    where = f"line {exc.lineno}" + (f", column {exc.offset}" if exc.offset else "")
    text = (exc.text or "").rstrip("\n")
    caret = ""
    if text and exc.offset:
        caret = "\n    " + " " * (exc.offset - 1 - (len(text) - len(text.lstrip()))) + "^"
    shown = f"\n    {text.strip()}{caret}" if text else ""
    return f"{type(exc).__name__}: {exc.msg} ({FILENAME}, {where}){shown}"


def compile_submission(code: str) -> tuple[Any, str]:
    """(code object, "") or (None, the compile error's message)."""
    import linecache

    linecache.cache[FILENAME] = (len(code), None, code.splitlines(True), FILENAME)
    try:
        return compile(code, FILENAME, "exec", dont_inherit=True), ""
    except SyntaxError as exc:
        return None, syntax_message(exc)
    except ValueError as exc:  # e.g. NUL bytes in the source
        return None, str(exc)


class Channel:
    """The worker's two pipes: requests in, answers out (length-prefixed JSON frames)."""

    def __init__(self, request_fd: int, reply_fd: int) -> None:
        self.request_fd = request_fd
        self.reply_fd = reply_fd
        # Taken before submitted code runs: a submission that replaces json.dumps or
        # os.write/read changes only what it claims, which the supervisor bounds anyway.
        self._write, self._os_read, self._readv = os.write, os.read, os.readv
        self._frame = protocol.frame
        self._loads = protocol.loads
        self.spare = b""  # bytes read past the last request (none, as the supervisor sends)

    def receive(self) -> Any:
        """The next request: its header, then exactly its bytes into one buffer (a test's
        inputs can be tens of megabytes, and every copy is charged to the submission). A
        small request comes whole with its header in one read."""
        if len(self.spare) < protocol.HEADER.size:
            self.spare += self._read(READ_SIZE)
            while len(self.spare) < protocol.HEADER.size:
                self.spare += self._read(protocol.HEADER.size - len(self.spare))
        (size,) = protocol.HEADER.unpack_from(self.spare)
        end = protocol.HEADER.size + size
        if len(self.spare) >= end:
            data, self.spare = self.spare[protocol.HEADER.size : end], self.spare[end:]
            return self._loads(data)
        buffer = bytearray(size)
        view = memoryview(buffer)
        got = len(self.spare) - protocol.HEADER.size
        view[:got] = self.spare[protocol.HEADER.size :]
        self.spare = b""
        while got < size:
            n = self._readv(self.request_fd, [view[got:]])
            if n == 0:
                os._exit(0)  # the supervisor is gone
            got += n
        return self._loads(buffer)

    def _read(self, size: int) -> bytes:
        data = self._os_read(self.request_fd, size)
        if not data:
            os._exit(0)  # the supervisor is gone
        return data

    def send(self, obj: Any) -> None:
        data = self._frame(obj)
        written = self._write(self.reply_fd, data)  # an answer under 64 KiB: all at once
        if written < len(data):
            rest = memoryview(data)[written:]
            while rest:
                rest = rest[self._write(self.reply_fd, rest) :]


def deep_stack() -> None:
    """Room for RECURSION_LIMIT frames: the soft stack limit is read as the stack grows,
    and the kernel leaves at least 128 MiB below it free of other mappings."""
    import contextlib
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    want = STACK_BYTES if hard == resource.RLIM_INFINITY else min(hard, STACK_BYTES)
    if soft != resource.RLIM_INFINITY and soft < want:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_STACK, (want, hard))
    sys.setrecursionlimit(max(sys.getrecursionlimit(), RECURSION_LIMIT))


def apply_rlimits(limits: dict[str, Any]) -> None:
    """The job's limits, set before any submitted code runs; hard, so they stay."""
    import contextlib
    import resource

    pairs = [
        (resource.RLIMIT_AS, limits.get("as_mb"), 1 << 20),
        (resource.RLIMIT_CPU, limits.get("cpu_s"), 1),
        (resource.RLIMIT_FSIZE, limits.get("fsize_mb"), 1 << 20),
        (resource.RLIMIT_NPROC, limits.get("nproc"), 1),
        (resource.RLIMIT_CORE, 0, 1),
        (resource.RLIMIT_NOFILE, limits.get("nofile", NOFILE), 1),
    ]
    for which, value, unit in pairs:
        if value is None:
            continue
        # A hard limit cannot be raised; a lower one already in force then stays.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(which, (int(value) * unit, int(value) * unit))


Loader = Callable[[Any], dict[str, Any]]
Handler = Callable[[dict[str, Any]], dict[str, Any]]


def serve(load: Loader, handle: Handler) -> None:
    """The worker's life: load the submission from the first frame, then answer requests.

    `load(setup)` answers {"status": "ready"|"compile_error"|"load_error", ...};
    `handle(request)` answers one {"op": ..., "data": ...} request.
    """
    request_fd, reply_fd = int(sys.argv[2]), int(sys.argv[3])
    channel = Channel(request_fd, reply_fd)
    deep_stack()
    setup = channel.receive()
    apply_rlimits(setup.get("rlimits") or {})
    answer = load(setup)
    channel.send(answer)
    if answer.get("status") != "ready":
        os._exit(0)
    while True:
        request = channel.receive()
        try:
            answer = handle(request)
        except MemoryError:
            answer = {"status": "memory", "error": "MemoryError"}
        except Exception as exc:  # reading the request or the answer failed
            answer = {"status": "error", "error": f"{type(exc).__name__}: {exc}"[:2000]}
        channel.send(answer)


def main() -> None:
    # Started without `site` (the local runner), the worker finds the host's libraries
    # (NumPy, pandas) in the folders the runner named.
    for folder in os.environ.get("JUDGE_SITE", "").split(os.pathsep):
        if folder and folder not in sys.path:
            sys.path.append(folder)
    if sys.flags.no_site:  # what `site` gives every program: exit(), quit(), help(), ...
        import site

        site.setquit()
        site.setcopyright()
        site.sethelper()
    kind = sys.argv[1]
    if not kind.isidentifier():
        raise SystemExit(f"not a kind: {kind!r}")
    sys.modules["judge_workerlib"] = sys.modules[__name__]
    worker = load_file(f"judge_worker_{kind}", os.path.join(ROOT, "kinds", kind, "worker.py"))
    worker.main()


if __name__ == "__main__":
    main()
