"""A container started early for the one run a caller knows is coming (the CLI's).

A cold `judge run --sandbox docker` spends most of its time waiting for the engine to create
and start the container and for the supervisor in it to boot. The CLI knows the kind and
memory limit once it has read the problem, before the job is built: it asks for a container
then, and this starts it on a thread while the CLI goes on (imports, the test inputs encoded,
the speed factor read). Sooner still, before the CLI has imported what reads a problem, a
hint remembered from the last run of the same file (`remembered`, `remember`: its kind,
memory limit and image) lets it start one right away; the CLI checks the hint against the
problem when it has it, and a container started for another key or image is removed.

The next run with that key takes it; a run with another key does not, and the container is
removed. It is one container for one run: once taken or discarded, the slot is empty, and
nothing refills it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from judge.cachefile import cache_dir, read_json, write_json
from judge.runners.docker_pool import Container, PoolKey, alive

HINTS = "docker-early.json"
MAX_HINTS = 64

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
        except Exception:  # on this thread nobody would see it
            return  # the run starts its own, and reports why when that fails too
        with self._lock:  # take() and close() wait for this thread first
            self._container = container


def hint_name(file: Path, problem: str | None) -> str:
    """What a run's hint is filed under: the file, the problem it names, where problems and
    the image come from."""
    parts = [str(file.resolve()), problem or "", os.environ.get("JUDGE_PROBLEMS", "")]
    parts.append(os.environ.get("JUDGE_SANDBOX_IMAGE", ""))
    return "\0".join(parts)


def remembered(name: str) -> tuple[PoolKey, str] | None:
    """The key and image the last run filed under `name` used, if any."""
    hints = read_json(cache_dir() / HINTS)
    found = hints.get(name) if isinstance(hints, dict) else None
    if not isinstance(found, list) or len(found) != 3:
        return None
    kind, memory_mb, image = found
    if not isinstance(memory_mb, int):
        return None
    return (str(kind), memory_mb), str(image)


def remember(name: str, key: PoolKey, image: str) -> None:
    """File the key and image of this run under `name` (the newest MAX_HINTS are kept)."""
    path = cache_dir() / HINTS
    hints = read_json(path)
    hints = hints if isinstance(hints, dict) else {}
    entry = [key[0], key[1], image]
    if hints.get(name) == entry:
        return
    hints.pop(name, None)
    hints[name] = entry
    write_json(path, dict(list(hints.items())[-MAX_HINTS:]))
