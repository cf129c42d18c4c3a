"""Making sure no sandbox container outlives its use, even when the judge dies.

Every container carries labels: `judge.sandbox=1`, its owner (host, pid and the pid's start
time, so a recycled pid is not mistaken for the judge that made it) and, for a container
running a job, a deadline. The runner removes each container when it is done with it
(directly, or through a `Reaper` off the caller's path); the `Janitor` its owner holds (the
CLI's, the web app's) removes all of this process's at exit and on SIGTERM; `sweep()`,
called when a runner connects, removes those whose owner is gone (killed with SIGKILL, say)
or whose deadline is long past.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Any, Protocol

from judge.runners import engine as engine_script
from judge.runners.engine import ENGINE_FAULTS, Engine

LABEL = "judge.sandbox"
OWNER_LABEL = "judge.owner"  # host:pid:start-time of the judge process that made it
DEADLINE_LABEL = "judge.deadline"  # unix time after which it is surely stale; "" in the pool
STALE_GRACE = 60.0  # seconds past its deadline before a sweep removes a running container
STALE_EXITED = 600.0  # seconds after creation before a sweep removes a stopped one


class Closeable(Protocol):
    @property
    def engine(self) -> Engine | None: ...

    @property
    def handed_off(self) -> set[str]: ...  # containers a detached process is removing

    def close(self) -> None: ...


def _owner_token(pid: int) -> str | None:
    """pid plus its start time (from /proc), or None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return f"{pid}:{int(fields[19])}"
    except (OSError, IndexError, ValueError):
        return None


_OWNERS: dict[int, str] = {}


def current_owner() -> str:
    """This process's owner label (worked out per pid: a forked worker is a new owner)."""
    pid = os.getpid()
    if pid not in _OWNERS:
        _OWNERS[pid] = f"{socket.gethostname()}:{_owner_token(pid) or f'{pid}:0'}"
    return _OWNERS[pid]


def labels(deadline: float | None) -> dict[str, str]:
    return {
        LABEL: "1",
        OWNER_LABEL: current_owner(),
        DEADLINE_LABEL: str(int(deadline)) if deadline else "",
    }


def _owner_alive(owner: str) -> bool | None:
    """True/False for an owner on this host, None when it lives elsewhere."""
    host, _, rest = owner.partition(":")
    if host != socket.gethostname():
        return None
    pid_text = rest.partition(":")[0]
    if not pid_text.isdigit():
        return False
    token = _owner_token(int(pid_text))
    if token is not None:
        return token == rest
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(engine: Engine) -> int:
    """Remove sandbox containers nobody will remove: owner gone, deadline long past."""
    try:
        listed = engine.containers([f"{LABEL}=1"], all=True)
    except ENGINE_FAULTS:
        return 0
    now = time.time()
    removed = 0
    for info in listed:
        tags = info.get("Labels") or {}
        deadline = tags.get(DEADLINE_LABEL) or ""
        stale = (
            _owner_alive(tags.get(OWNER_LABEL, "")) is False
            or (deadline.isdigit() and now > int(deadline) + STALE_GRACE)
            or (info.get("State") != "running" and now > info.get("Created", now) + STALE_EXITED)
        )
        if stale and tags.get(OWNER_LABEL) != current_owner():
            removed += remove_quietly(engine, info["Id"])
    return removed


def own_containers(engine: Engine, owner: str | None = None) -> list[str]:
    """Ids of the sandbox containers of this process (or of `owner`), running or not."""
    wanted = [f"{LABEL}=1", f"{OWNER_LABEL}={owner or current_owner()}"]
    return [str(info["Id"]) for info in engine.containers(wanted, all=True)]


def remove_own(engine: Engine, skip: set[str] | None = None) -> int:
    """Remove every sandbox container this process made (but those in `skip`)."""
    try:
        ids = own_containers(engine)
    except ENGINE_FAULTS:
        return 0
    return sum(remove_quietly(engine, cid) for cid in ids if cid not in (skip or ()))


def remove_detached(engine: Engine, cid: str) -> bool:
    """Have a detached process kill and remove the container; False if none could start
    (the caller removes it itself). Should that process die first, sweeps remove it later."""
    if not re.fullmatch(r"[0-9a-f]{12,64}", cid):
        return False
    try:
        subprocess.Popen(
            # engine.py run as a script: the standard library only, so it starts at once
            [sys.executable, "-I", "-S", engine_script.__file__, engine.path, cid],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True


def remove_quietly(engine: Engine, cid: str) -> int:
    """Kill and remove; 1 if it went, 0 if it was gone or the engine refused (sweeps retry)."""
    try:
        engine.remove(cid, force=True)
    except ENGINE_FAULTS:
        return 0
    return 1


class Reaper:
    """Removes finished containers on a background thread (killing and removing one takes
    the engine 20-90 ms, which a warm submission should not wait for)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._queue: list[str] = []
        self._busy = 0
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def put(self, cid: str) -> None:
        with self._cond:
            self._queue.append(cid)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, name="judge-docker-reaper", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def flush(self, timeout: float = 60.0) -> None:
        """Wait until every container handed over so far is removed."""
        end = time.monotonic() + timeout
        with self._cond:
            while (self._queue or self._busy) and time.monotonic() < end:
                self._cond.wait(timeout=0.1)

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._queue:
                    if not self._cond.wait(timeout=5.0):
                        self._thread = None  # idle: a later put starts a new one
                        return
                cid = self._queue.pop(0)
                self._busy += 1
            try:
                remove_quietly(self.engine, cid)
            finally:
                with self._cond:
                    self._busy -= 1
                    self._cond.notify_all()


class Janitor:
    """Closes the runners it tracks and removes this process's containers: on `close()`,
    and, once installed, at exit and on SIGTERM. The CLI and the web app each own one, so
    a library caller that makes a runner installs no process-wide hooks behind its back."""

    def __init__(self) -> None:
        # Held, not weakly: a runner its caller has dropped may still hold a container (one
        # started early for a run that never came), and only its close() removes it.
        self._owners: list[Closeable] = []
        self._installed = False
        self._previous: Any = signal.SIG_DFL

    def track(self, owner: Closeable) -> None:
        if not any(known is owner for known in self._owners):
            self._owners.append(owner)

    def install(self) -> Janitor:
        """Clean up at interpreter exit and on SIGTERM (from the main thread only)."""
        if not self._installed:
            self._installed = True
            atexit.register(self.close)
            if threading.current_thread() is threading.main_thread():
                self._previous = signal.getsignal(signal.SIGTERM)
                signal.signal(signal.SIGTERM, self._on_sigterm)
        return self

    def close(self) -> None:
        for owner in list(self._owners):
            with contextlib.suppress(Exception):
                owner.close()
                if owner.engine is not None:
                    remove_own(owner.engine, skip=owner.handed_off)
        self._owners = []
        if self._installed:
            self._installed = False
            atexit.unregister(self.close)
            if signal.getsignal(signal.SIGTERM) == self._on_sigterm:
                with contextlib.suppress(ValueError):  # not the main thread
                    signal.signal(signal.SIGTERM, self._previous)

    def __enter__(self) -> Janitor:
        return self.install()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _on_sigterm(self, signum: int, frame: Any) -> None:
        previous = self._previous
        self.close()
        if callable(previous):
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            raise SystemExit(128 + signum)
