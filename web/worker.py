"""The embedded default: a bounded queue of submission ids and a few judging threads in the
server's own process (`judge serve` without --queue).

A thread only drives a runner through `web.judgement.Judgement`, which starts the sandboxed
process (local child or Docker container); submitted code never runs in the server's own
process. Results of the test being judged are kept on a `Board` so pages can show them live;
the final report goes to the store. Admission is bounded: when `capacity` submissions are
already waiting or running, `submit` raises `QueueFull` with a hint of when to retry.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from typing import Any

from judge.judging import Reveal
from judge.standing import Run
from web.dispatch import Live, QueueFull, retry_after
from web.judgement import Judgement
from web.store import NewSubmission, Store, StoredSubmission


class Board:
    """Results of the submissions being judged right now, as they arrive (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[str, Live] = {}

    def begin(self, ident: str, total: int) -> None:
        with self._lock:
            self._live[ident] = Live(total, ())

    def add(self, ident: str, test: dict[str, Any]) -> None:
        with self._lock:
            live = self._live.get(ident)
            if live is not None:
                self._live[ident] = Live(live.total, (*live.tests, test))

    def get(self, ident: str) -> Live | None:
        with self._lock:
            return self._live.get(ident)

    def end(self, ident: str) -> None:
        with self._lock:
            self._live.pop(ident, None)


class WorkerPool:
    name = "in-process"

    def __init__(
        self,
        store: Store,
        judgement: Judgement,
        *,
        workers: int,
        capacity: int,
    ) -> None:
        self.store = store
        self.judgement = judgement
        self.threads = max(1, workers)
        self.capacity = max(1, capacity)
        self.reveal: Reveal = judgement.reveal
        self.references: dict[str, list[Run]] = judgement.references
        self.board = Board()
        self.worker_name = f"{socket.gethostname()}/in-process"
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()
        self._pending = 0  # queued or running
        self._running = 0
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._seconds = 1.0  # moving average of one judgement, for Retry-After

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    @property
    def workers(self) -> int:
        return self.threads

    def queue_depth(self) -> int:
        with self._lock:
            return self._pending - self._running

    def live(self, ident: str) -> Live | None:
        return self.board.get(ident)

    def start(self) -> int:
        """Queue what a previous run left unfinished, start the threads; returns that count."""
        left = self.store.unfinished()
        with self._lock:
            self._pending += len(left)
        for ident in left:
            self._queue.put(ident)  # recovered work is never refused
        for n in range(self.threads):
            thread = threading.Thread(target=self._work, name=f"judge-worker-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return len(left)

    def stop(self, grace: float) -> None:
        """Let running judgements finish (up to `grace` seconds); queued ones stay queued."""
        self._stopping.set()
        for _ in self._threads:
            self._queue.put(None)
        deadline = time.monotonic() + grace
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        # A thread still judging is a daemon: its submission stays `running` in the store
        # and is judged again on the next start.

    def submit(self, new: NewSubmission) -> StoredSubmission:
        with self._lock:
            if self._pending >= self.capacity:
                raise QueueFull(retry_after(self._pending, self.threads, self._seconds))
            record = self.store.add(new)
            self._pending += 1
        self._queue.put(record.id)
        return record

    def _work(self) -> None:
        while True:
            ident = self._queue.get()
            if ident is None or self._stopping.is_set():
                return
            began = time.monotonic()
            with self._lock:
                self._running += 1
            try:
                self._judge(ident)
            finally:
                with self._lock:
                    self._pending -= 1
                    self._running -= 1
                    self._seconds = 0.8 * self._seconds + 0.2 * (time.monotonic() - began)

    def _judge(self, ident: str) -> None:
        record = self.store.claim(ident, self.worker_name)
        if record is None:
            return
        try:
            report = self.judgement(
                record,
                lambda total: self.board.begin(ident, total),
                lambda test: self.board.add(ident, test),
            )
            self.store.finish(ident, report, self.worker_name)
        except Exception:
            # The server stopped (store closed) while this judgement outlived the grace
            # period: the submission stays `running` and is judged again on the next start.
            return
        finally:
            self.board.end(ident)
