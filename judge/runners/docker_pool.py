"""The Docker runner's warm pool: containers started ahead of time, one job each.

A waiting container runs the supervisor (its worker already started), blocked reading its
stdin, so taking one skips the engine's create-and-start (a few hundred ms). Containers are
kept per (kind, memory limit), for the few combinations used most recently; a background
thread tops each up to `size`. A container is never given a second job: the runner removes
it after its run.
"""

from __future__ import annotations

import socket
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

PoolKey = tuple[str, int]  # (harness name, the job's memory limit in MB)
POOL_KEYS = 4  # combinations kept warm at once


@dataclass(frozen=True)
class Container:
    id: str
    sock: socket.socket  # the attach stream: stdin in, multiplexed stdout/stderr out
    key: PoolKey


class StartFailed(Exception):
    """The engine would not start a container (the pool backs off and retries)."""


def alive(sock: socket.socket) -> bool:
    """Whether a waiting container's stream is still open (it writes nothing until fed)."""
    try:
        sock.settimeout(0)  # with a timeout set, Python would wait out EAGAIN instead
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False


class WarmPool:
    def __init__(
        self,
        size: int,
        start: Callable[[PoolKey], Container],
        discard: Callable[[Container], None],
    ) -> None:
        self.size = size
        self._start = start
        self._discard = discard
        self._ready: dict[PoolKey, deque[Container]] = {}
        self._wanted: OrderedDict[PoolKey, None] = OrderedDict()
        self._cond = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._fill, name="judge-docker-pool", daemon=True)
        self._thread.start()

    def want(self, key: PoolKey) -> None:
        """Keep containers ready for `key`; the least recently wanted key beyond
        POOL_KEYS loses its containers."""
        evicted: list[Container] = []
        with self._cond:
            self._wanted[key] = None
            self._wanted.move_to_end(key)
            while len(self._wanted) > POOL_KEYS:
                old, _ = self._wanted.popitem(last=False)
                evicted.extend(self._ready.pop(old, ()))
            self._cond.notify_all()
        for container in evicted:
            self._discard(container)

    def take(self, key: PoolKey) -> Container | None:
        """A started container for `key`, or None when none is ready (run one cold)."""
        self.want(key)
        while True:
            with self._cond:
                queue = self._ready.get(key)
                container = queue.popleft() if queue else None
                self._cond.notify_all()
            if container is None or alive(container.sock):
                return container
            self._discard(container)  # died while waiting (engine restart): try the next

    def count(self, key: PoolKey) -> int:
        with self._cond:
            return len(self._ready.get(key, ()))

    def close(self) -> None:
        with self._cond:
            self._closed = True
            waiting = [c for queue in self._ready.values() for c in queue]
            self._ready.clear()
            self._cond.notify_all()
        for container in waiting:
            self._discard(container)
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=30)

    def _missing(self) -> PoolKey | None:
        for key in reversed(self._wanted):  # most recently wanted first
            if len(self._ready.get(key, ())) < self.size:
                return key
        return None

    def _fill(self) -> None:
        failures = 0
        while True:
            with self._cond:
                key = self._missing()
                while not self._closed and key is None:
                    self._cond.wait()
                    key = self._missing()
                if self._closed or key is None:
                    return
            try:
                container = self._start(key)
            except StartFailed:
                failures += 1
                time.sleep(min(0.5 * failures, 10.0))  # the engine is struggling: back off
                continue
            failures = 0
            with self._cond:
                keep = not self._closed and key in self._wanted
                if keep:
                    self._ready.setdefault(key, deque()).append(container)
            if not keep:
                self._discard(container)
