"""A container started early for the one run a caller knows is coming (the CLI's).

A cold `judge run --sandbox docker` spends most of its time waiting for the engine to create
and start the container and for the supervisor in it to boot. The CLI knows the kind and
memory limit as soon as it has read the problem, well before the job is built: it asks for
a container then, and this starts it on a thread while the CLI goes on (imports, the test
inputs encoded, the speed factor read). The next run with that key takes it; a run with
another key does not, and the container is removed. It is one container for one run: once
taken or discarded, the slot is empty, and nothing refills it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from judge.runners.base import RunnerUnavailable
from judge.runners.docker_pool import Container, PoolKey, alive

Start = Callable[[PoolKey], "Container | None"]  # None: not worth starting one (one is parked)
Discard = Callable[[Container], None]


class EarlyStart:
    def __init__(self, key: PoolKey, start: Start, discard: Discard) -> None:
        self.key = key
        self._start = start
        self._discard = discard
        self._container: Container | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._work, name="judge-docker-early", daemon=True)
        self._thread.start()

    def take(self, key: PoolKey) -> Container | None:
        """The container, if it was started for `key` and is still alive; else None (the
        run starts one itself). Only the first call can get it."""
        self._thread.join()
        with self._lock:
            container, self._container = self._container, None
        if container is None:
            return None
        if key != self.key or not alive(container.sock):
            self._discard(container)
            return None
        return container

    def close(self) -> None:
        """Remove the container if no run took it."""
        self._thread.join()
        with self._lock:
            container, self._container = self._container, None
        if container is not None:
            self._discard(container)

    def _work(self) -> None:
        try:
            container = self._start(self.key)
        except RunnerUnavailable:
            return  # the run starts its own and reports why that fails
        with self._lock:  # take() and close() wait for this thread first
            self._container = container
