"""Judging on many machines: submissions go through Redis to `judge worker` processes.

The queue is Dramatiq's Redis broker (why Dramatiq: README, "Running it for many
candidates"). A message carries only a submission's id; the code, the report and who holds
it are in the shared database (web/store.py). Dramatiq acknowledges a message after its
actor returns, i.e. after the result is stored, and the broker hands the unacknowledged
messages of a worker whose heartbeat stopped to the others; the database's leases cover the
rest (web/remote.py). The front end only sends: it judges nothing and opens no sandbox.
"""

from __future__ import annotations

import time
from typing import Any

from judge.judging import Reveal
from judge.standing import Run
from web.dispatch import Live, QueueFull, retry_after
from web.store import NewSubmission, Store, StoredSubmission

QUEUE = "judge"  # the Redis queue's name
ACTOR = "judge_submission"  # the message's actor: (submission id, reveal policy)
NAMESPACE = "judge"  # prefix of Dramatiq's Redis keys
# How many of a million broker commands also move a dead worker's unacknowledged messages
# back to the queue (Dramatiq's default, 1,000, leaves them for many minutes on a quiet queue).
MAINTENANCE_CHANCE = 50_000
DEFAULT_LEASE = 30.0  # seconds a worker may go silent before its work is handed on


def redacted(url: str) -> str:
    """A Redis URL as pages and logs may show it: no password."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = (f"{parts.username}:***@" if parts.username else ":***@") + host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


class QueueUnavailable(Exception):
    """Redis cannot be reached."""


def make_broker(url: str, lease: float = DEFAULT_LEASE) -> Any:
    """Dramatiq's Redis broker on `url`, with none of its default middleware: retries,
    time limits and results are the judge's own business (a message is one judgement)."""
    from dramatiq.brokers.redis import RedisBroker

    broker = RedisBroker(  # type: ignore[no-untyped-call]
        url=url,
        middleware=[],
        namespace=NAMESPACE,
        heartbeat_timeout=int(lease * 1000),
        maintenance_chance=MAINTENANCE_CHANCE,
    )
    broker.declare_queue(QUEUE)
    return broker


def send(broker: Any, ident: str, reveal: Reveal) -> None:
    """Queue a stored submission, with what of its hidden tests its report may hold."""
    import redis
    from dramatiq import Message

    message: Message[Any] = Message(
        queue_name=QUEUE, actor_name=ACTOR, args=(ident, reveal), kwargs={}, options={}
    )
    try:
        broker.enqueue(message)
    except redis.RedisError as exc:
        raise QueueUnavailable(f"the queue (Redis) cannot be reached: {exc}") from exc


class RedisDispatch:
    """`judge serve --queue redis://...`: store, then send; results come from the workers
    through the database."""

    name = "redis"

    def __init__(
        self,
        store: Store,
        url: str,
        *,
        capacity: int,
        reveal: Reveal,
        lease: float = DEFAULT_LEASE,
    ) -> None:
        self.store = store
        self.broker = make_broker(url, lease)
        self.capacity = max(1, capacity)
        self.reveal = reveal
        self.lease = lease
        self.references: dict[str, list[Run]] = {}  # computed by the workers, not here
        self._seconds = 1.0  # judging time of a submission, from the store's figures
        self._checked = 0.0

    def submit(self, new: NewSubmission) -> StoredSubmission:
        pending = self.store.pending()
        if pending >= self.capacity:
            raise QueueFull(retry_after(pending, self.workers, self._judging_seconds()))
        record = self.store.add(new)
        try:
            send(self.broker, record.id, self.reveal)
        except QueueUnavailable as exc:
            self.store.delete(record.id)
            raise QueueFull(5, str(exc)) from None
        return record

    def live(self, ident: str) -> Live | None:
        progress = self.store.progress(ident)
        return None if progress is None else Live(progress.total, progress.tests)

    @property
    def pending(self) -> int:
        return self.store.pending()

    @property
    def workers(self) -> int:
        return self.store.workers_alive(self.lease)

    def queue_depth(self) -> int:
        import redis

        try:  # the ids in the queue's list: sent, not yet taken by a worker
            return int(self.broker.client.llen(f"{NAMESPACE}:{QUEUE}"))
        except redis.RedisError:
            return -1

    def close(self) -> None:
        self.broker.close()

    def _judging_seconds(self) -> float:
        now = time.monotonic()
        if now - self._checked > 10:
            figures = self.store.figures(self.lease)
            if figures.judged:
                self._seconds = figures.judging_seconds / figures.judged
            self._checked = now
        return self._seconds
