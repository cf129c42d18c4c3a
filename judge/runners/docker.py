"""The Docker runner: each submission runs in its own locked-down, single-use container.

One container per submission runs all of its tests: the supervisor (`python3 -I -S
/opt/judge/supervisor/supervisor.pyc KIND`, compiled when the image is built; it starts the
kind's worker) in the sandbox image (judge/sandbox_image.py), the job's JSON written to its
stdin through the attach socket, the supervisor's JSON lines read back from its stdout and
fed to an `EventParser` as they come. The container has no network, a read-only root, a 16
MB noexec tmpfs as /tmp, a memory limit without swap, a process limit, one CPU, no
capabilities, no-new-privileges and a non-root user; the host kills it at the wall-clock
limit or when it writes too much, and reads `OOMKilled` to tell a memory kill.

With `pool_size` > 0, containers are started ahead of time (docker_pool.py) and finished
ones are removed in the background; docker_cleanup.py makes sure none is left behind. A
one-off run takes a parked container (docker_parked.py) or one it had started early, while
its job was being built (docker_early.py). Every call to the engine goes through
judge/runners/engine.py (its HTTP API over the unix socket, no SDK).
"""

from __future__ import annotations

import contextlib
import functools
import math
import os
import re
import socket
import struct
import threading
import time
from typing import Any

from judge.runners.base import (
    MAX_RESULT_BYTES,
    EventParser,
    EventSink,
    Job,
    RunnerUnavailable,
    RunOutcome,
    job_stdin,
)
from judge.runners.docker_cleanup import (
    LABEL,
    OWNER_LABEL,
    Janitor,
    Reaper,
    current_owner,
    labels,
    own_containers,
    remove_detached,
    remove_quietly,
    sweep,
)
from judge.runners.docker_early import EarlyStart, remembered
from judge.runners.docker_parked import claim, is_parked, repark_later
from judge.runners.docker_pool import Container, PoolKey, StartFailed, WarmPool
from judge.runners.engine import ENGINE_FAULTS, Engine, UnsupportedHost
from judge.supervisor import CONTAINER_ROOT

__all__ = ["LABEL", "OWNER_LABEL", "DockerRunner", "current_owner", "own_containers", "sweep"]

MEMORY_HEADROOM_MB = 256  # the interpreter, NumPy and the allocator above the problem's limit
ADDRESS_SPACE_HEADROOM_MB = 1024  # the harness's RLIMIT_AS backstop, as in the local runner
START_ALLOWANCE = 2.0  # seconds on top of the job's wall time for creating and starting
PIDS_LIMIT = 64  # processes and threads in the container
TMPFS = "rw,noexec,nosuid,nodev,size=16m,mode=1777"
USER = "10001:10001"
# Compiled when the image is built (sandbox/Dockerfile), run without `site`.
SUPERVISOR = f"{CONTAINER_ROOT}/supervisor/supervisor.pyc"
STDERR_KEEP = 8192

ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}

# Debian's OpenBLAS (0.3.21) takes CPUs newer than it knows, such as a virtualised Sapphire
# Rapids, for a Prescott and runs SSE3 kernels: NumPy's matrix products 4-5x slower than the
# same CPU allows. The host reads its CPU's flags and names the newest kernel set they allow
# (the container shares the host's CPU); a CPU with neither set keeps OpenBLAS's own choice.
OPENBLAS_CORES = (
    ("SkylakeX", {"avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"}),
    ("Haswell", {"avx2", "fma"}),
)


@functools.cache
def openblas_core(cpuinfo: str = "/proc/cpuinfo") -> str | None:
    """The OpenBLAS kernel set for this host's CPU (OPENBLAS_CORETYPE), or None."""
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as f:
            flags = next((line for line in f if line.startswith("flags")), "")
    except OSError:
        return None
    have = set(flags.partition(":")[2].split())
    return next((core for core, needs in OPENBLAS_CORES if needs <= have), None)


def sandbox_env() -> dict[str, str]:
    core = openblas_core()
    return {**ENV, "OPENBLAS_CORETYPE": core} if core else dict(ENV)


def container_config(image: str, key: PoolKey, labels: dict[str, str]) -> dict[str, Any]:
    """What POST /containers/create is sent for a sandbox running `key`'s supervisor: no
    network, a read-only root and a noexec /tmp, memory without swap, a process limit, one
    CPU, no capabilities, no-new-privileges, a non-root user, no logs (results come through
    attach). Stdin stays open, once: our half-close of the attach stream is EOF inside."""
    kind, memory_mb = key
    memory = (memory_mb + MEMORY_HEADROOM_MB) << 20
    return {
        "Hostname": "sandbox",
        "User": USER,
        "Tty": False,
        "OpenStdin": True,
        "StdinOnce": True,
        "AttachStdin": True,
        "AttachStdout": True,
        "AttachStderr": True,
        "Env": [f"{name}={value}" for name, value in sandbox_env().items()],
        "Cmd": ["python3", "-I", "-S", SUPERVISOR, _checked(kind)],
        "Image": image,
        "NetworkDisabled": True,
        "WorkingDir": "/tmp",
        "Labels": labels,
        "HostConfig": {
            "Memory": memory,
            "MemorySwap": memory,  # equal: no swap
            "IpcMode": "none",
            "ReadonlyRootfs": True,
            "NetworkMode": "none",
            "CapDrop": ["ALL"],
            "SecurityOpt": ["no-new-privileges"],
            "LogConfig": {"Type": "none", "Config": {}},
            "Tmpfs": {"/tmp": TMPFS},
            "PidsLimit": PIDS_LIMIT,
            "NanoCpus": 1_000_000_000,
        },
    }


class DockerRunner:
    name = "docker"

    def __init__(
        self,
        engine: Engine,
        image: str,
        pool_size: int = 0,
        warm: tuple[PoolKey, ...] = (),
        defer_removal: bool | None = None,
        janitor: Janitor | None = None,
    ) -> None:
        self.engine = engine
        self.image = image
        self.factor = 1.0  # the reference machine's limits until a caller calibrates
        self.ratios: dict[str, float] = {}  # per calibration part (Runner.ratios)
        # Without a pool of its own, a run takes a container `judge sandbox park` left waiting.
        self.use_parked = os.environ.get("JUDGE_NO_PARKED", "") == ""
        # Removing a container costs the engine 20-90 ms: a server with a pool does it in
        # the background; a one-off run (the CLI) waits for it.
        if defer_removal is None:
            defer_removal = pool_size > 0
        self._reaper = Reaper(engine) if defer_removal else None
        # A one-off run that ends its process (the CLI's) may leave the removal to a detached
        # process instead: the engine takes 20-90 ms that nobody needs to wait for.
        self.detach_removal = False
        self.handed_off: set[str] = set()
        self._pool = WarmPool(pool_size, self._start_waiting, self._dispose) if pool_size else None
        self._early: EarlyStart | None = None
        self._lock = threading.Lock()
        if janitor is not None:
            janitor.track(self)
        for key in warm:
            self.prewarm(*key)

    @property
    def sandbox_id(self) -> str:
        """What a speed factor belongs to: the image and the BLAS kernels it is run with."""
        core = openblas_core()
        return f"{self.image}, OpenBLAS {core}" if core else self.image

    @classmethod
    def connect(
        cls,
        image: str | None = None,
        pool_size: int = 0,
        warm: tuple[PoolKey, ...] = (),
        janitor: Janitor | None = None,
        reuse: DockerRunner | None = None,
    ) -> DockerRunner:
        """A runner on the local engine, or RunnerUnavailable saying what is missing.

        The image is `image`, else `$JUDGE_SANDBOX_IMAGE`, else the tag `judge sandbox
        build` gives the current harness. Stale sandbox containers are removed on the way.
        `janitor`, when given, closes the runner and removes its containers at its owner's
        exit or SIGTERM. `reuse`, a runner made before (by `from_hint`), is returned instead
        of a new one when it has that image.
        """
        from judge.sandbox_image import image_tag

        try:
            engine = Engine.from_env()
        except UnsupportedHost as exc:
            raise RunnerUnavailable(f"no Docker engine reachable ({exc})") from None
        image = image or os.environ.get("JUDGE_SANDBOX_IMAGE") or image_tag()
        try:
            present = engine.has_image(image)
        except ENGINE_FAULTS as exc:
            raise RunnerUnavailable(f"no Docker engine reachable ({_short(exc)})") from None
        if not present:
            raise RunnerUnavailable(
                f"the sandbox image {image} is not built (run `judge sandbox build`)"
            )
        sweep(engine)
        if reuse is not None:
            if reuse.image == image and reuse.engine == engine and not pool_size:
                return reuse
            reuse.close()
        return cls(engine, image, pool_size, warm, janitor=janitor)

    @classmethod
    def from_hint(cls, name: str, janitor: Janitor) -> DockerRunner | None:
        """A runner already starting a container for the key and image that the last run
        filed under `name` used (docker_early.py); None without such a hint. Nothing is
        checked here: `connect(reuse=...)` and the run check the image and key."""
        hint = remembered(name)
        if hint is None:
            return None
        (kind, memory_mb), image = hint
        try:
            runner = cls(Engine.from_env(), image, janitor=janitor)
            runner.start_early(kind, memory_mb)
        except (UnsupportedHost, ValueError):
            return None
        return runner

    def prewarm(self, kind: str, memory_mb: int) -> None:
        """Keep containers ready for jobs with this kind and memory limit."""
        if self._pool is not None:
            self._pool.want((_checked(kind), memory_mb))

    def start_early(self, kind: str, memory_mb: int) -> None:
        """Start, on a thread, the container for the next job with this kind and memory
        limit (a one-off run knows them before its job is built). Not with a pool, nor
        while a parked container waits for that key."""
        key = (_checked(kind), memory_mb)
        if self._pool is not None:
            return
        with self._lock:
            if self._early is not None and self._early.key == key:
                return  # already on its way
            replaced = self._early
            self._early = EarlyStart(key, self._start_unless_parked, self._dispose)
        if replaced is not None:
            replaced.close()

    def pool_ready(self, kind: str, memory_mb: int) -> int:
        return self._pool.count((kind, memory_mb)) if self._pool is not None else 0

    def flush(self) -> None:
        """Wait until the containers of finished runs are removed."""
        if self._reaper is not None:
            self._reaper.flush()

    def close(self) -> None:
        """Stop refilling the pool, remove what waits in it and what finished."""
        if self._pool is not None:
            self._pool.close()
        with self._lock:
            early, self._early = self._early, None
        if early is not None:
            early.close()
        self.flush()

    def run(self, job: Job, on_event: EventSink | None = None) -> RunOutcome:
        wall = job.wall_time + START_ALLOWANCE
        payload = dict(job.payload)
        payload["worker"] = job.kind
        payload["rlimits"] = {
            "as_mb": job.memory_mb + ADDRESS_SPACE_HEADROOM_MB,
            # The worker's backstop; the supervisor stops each test at its own CPU limit.
            "cpu_s": math.ceil(wall) + 1,
            "fsize_mb": 64,
            # RLIMIT_NPROC counts every process of the uid on the host, other containers'
            # too; the per-container pids limit is what bounds a fork bomb here.
            "nproc": None,
        }
        data = job_stdin(payload)
        key = (_checked(job.kind), job.memory_mb)
        begun = time.monotonic()
        container = self._pool.take(key) if self._pool is not None else None
        warm = container is not None
        early = self._take_early(key) if container is None else None
        container = container or early
        parked_until = None
        if container is None and self._pool is None and self.use_parked:
            claimed = claim(self, key, wall + 5.0)
            if claimed is not None:
                container, parked_until = claimed
        if container is None:
            container = self._start(key, deadline=time.time() + wall)
        parser = EventParser(on_event, job.test_timeout, job.tests)
        exit_code, oom = None, False
        try:
            killed, stderr = _drive(container.sock, data, parser, begun + wall)
            if killed is None:
                exit_code, oom = self._exit_state(container.id, parser.finished)
        finally:
            self._dispose(container)
            if parked_until is not None:
                repark_later(self.image, key, parked_until)
        if oom and killed is None:
            killed = "memory"
        return RunOutcome(
            events=tuple(parser.events),
            exit_code=exit_code,
            killed=killed,
            stderr=stderr.decode("utf-8", "replace"),
            protocol_error=parser.error,
            runner=self.name,
            extra={
                "container": container.id[:12],
                "warm": warm,
                "parked": parked_until is not None,
                "early": early is not None,
                "image": self.image,
            },
        )

    def _start(self, key: PoolKey, deadline: float | None) -> Container:
        """Create a container, attach to its streams, start it.

        The supervisor starts its worker and waits for the job on stdin."""
        container = self.create_started(key, labels=labels(deadline), attach=True)
        assert container is not None
        return container

    def create_started(
        self,
        key: PoolKey,
        *,
        labels: dict[str, str],
        name: str | None = None,
        attach: bool = False,
    ) -> Container | None:
        """Create and start a sandbox container for `key`; attached (before the start, so
        nothing it writes is missed) when `attach`, else left waiting on stdin (parked)."""
        try:
            cid = self.engine.create(container_config(self.image, key, labels), name=name)
        except ENGINE_FAULTS as exc:
            raise RunnerUnavailable(f"docker could not create the sandbox: {exc}") from None
        try:
            sock = self.engine.attach(cid) if attach else None
            self.engine.start(cid)
        except BaseException as exc:
            remove_quietly(self.engine, cid)
            if isinstance(exc, ENGINE_FAULTS):
                raise RunnerUnavailable(f"docker could not start the sandbox: {exc}") from None
            raise
        return Container(cid, sock, key) if sock is not None else None

    def _take_early(self, key: PoolKey) -> Container | None:
        with self._lock:
            early, self._early = self._early, None
        return early.take(key) if early is not None else None

    def _start_unless_parked(self, key: PoolKey) -> Container | None:
        if self.use_parked and is_parked(self.engine, self.image, key):
            return None  # the run claims that one
        return self._start(key, deadline=None)

    def _start_waiting(self, key: PoolKey) -> Container:
        try:
            return self._start(key, deadline=None)
        except RunnerUnavailable as exc:
            raise StartFailed(str(exc)) from None

    def _exit_state(self, cid: str, finished: bool) -> tuple[int | None, bool]:
        """Exit code and whether the kernel's OOM killer struck."""
        if finished:
            return 0, False  # after `done` the supervisor's one move is os._exit(0)
        try:
            code = self.engine.wait(cid, timeout=5)
            state = self.engine.inspect(cid)["State"]
        except ENGINE_FAULTS:  # still running: it was killed, or is on its way
            return None, False
        if code is None:
            code = state.get("ExitCode")
        return (int(code) if code is not None else None), bool(state.get("OOMKilled"))

    def _dispose(self, container: Container) -> None:
        # Shut the stream first: the engine will not finish killing a container whose
        # output it is still trying to push at us (close alone waits for other references).
        with contextlib.suppress(OSError):
            container.sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            container.sock.close()
        if self._reaper is not None:
            self._reaper.put(container.id)
        elif self.detach_removal and remove_detached(self.engine, container.id):
            self.handed_off.add(container.id)
        else:
            remove_quietly(self.engine, container.id)


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) < 300 else text[:300] + "..."


def _checked(kind: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", kind):
        raise ValueError(f"not a kind name: {kind!r}")
    return kind


def _drive(
    sock: socket.socket, data: bytes, parser: EventParser, deadline: float
) -> tuple[str | None, bytes]:
    """Send the job and half-close; read until EOF or `done`, the deadline, or too much.

    Returns what stopped it ("wall", "output" or None) and the start of stderr.
    """
    try:
        sock.settimeout(max(deadline - time.monotonic(), 0.001))
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
    except TimeoutError:
        return "wall", b""
    except OSError:
        pass  # the container is gone already; what it wrote still says why
    frames = _Frames()
    stderr = bytearray()
    stderr_total = 0
    while True:
        until, which = parser.deadline(deadline)
        remaining = until - time.monotonic()
        if remaining <= 0:
            return which, bytes(stderr)
        sock.settimeout(remaining)
        try:
            chunk = sock.recv(1 << 16)
        except TimeoutError:
            if time.monotonic() < parser.deadline(deadline)[0]:
                continue  # a test ended meanwhile and the deadline moved
            return parser.deadline(deadline)[1], bytes(stderr)
        except OSError:
            break
        if not chunk:
            break
        for stream, payload in frames.feed(chunk):
            if stream == 2:
                stderr_total += len(payload)
                stderr += payload[: max(STDERR_KEEP - len(stderr), 0)]
                if stderr_total > MAX_RESULT_BYTES:
                    return "output", bytes(stderr)
                continue
            parser.feed(payload)
            if parser.stop_requested:
                return "stopped", bytes(stderr)
            if parser.error:
                return _stopped(parser), bytes(stderr)
        if parser.finished:
            # The supervisor exits right after `done`; waiting for the engine to report the
            # stream closed costs tens of ms. What was sent along with it is still checked.
            _drain(sock, frames, parser)
            return _stopped(parser), bytes(stderr)
    parser.close()
    return _stopped(parser), bytes(stderr)


def _stopped(parser: EventParser) -> str | None:
    return "output" if "overflowed" in parser.error else None


def _drain(sock: socket.socket, frames: _Frames, parser: EventParser) -> None:
    """Feed whatever is already waiting on the socket, without blocking."""
    sock.settimeout(0)  # with a timeout set, Python would wait out EAGAIN instead
    while not parser.error:
        try:
            chunk = sock.recv(1 << 16)
        except OSError:  # nothing waiting (EAGAIN), or the stream is gone
            return
        if not chunk:
            return
        for stream, payload in frames.feed(chunk):
            if stream == 1:
                parser.feed(payload)


class _Frames:
    """Docker's multiplexed attach stream: 8-byte header (stream, 0, 0, 0, size) + payload."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[tuple[int, bytes]]:
        self._buffer += data
        out = []
        start = 0
        while len(self._buffer) - start >= 8:
            stream, size = struct.unpack_from(">BxxxL", self._buffer, start)
            if len(self._buffer) - start < 8 + size:
                break
            out.append((stream, bytes(self._buffer[start + 8 : start + 8 + size])))
            start += 8 + size
        del self._buffer[:start]
        return out
