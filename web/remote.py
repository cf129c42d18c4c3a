"""`judge worker`: a judging machine's process. It takes submission ids from the Redis queue,
judges each with this machine's own runner (Docker with its warm pool, calibrated here) and
writes the report to the shared database.

No submission lost, none recorded twice:
- a submission is taken with a lease in the database (`Store.claim`), which a beat thread
  renews every third of the lease while it is judged; the message is acknowledged only
  after the report is stored;
- a worker killed outright stops renewing: once its lease runs out, any worker's beat finds
  the submission (`Store.requeue_stale`) and sends it again, and Dramatiq hands on the
  messages the dead worker had fetched but not started (its heartbeat, the same beat);
- a message for a submission that is done, or held by a live worker, is dropped; a report
  for one already done is not written (`Store.finish`).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from judge.judging import Reveal
from web.dispatch import Live
from web.judgement import Judgement
from web.queue import ACTOR, DEFAULT_LEASE, QUEUE, make_broker, redacted, send
from web.store import Progress, Store, describe

PROGRESS_EVERY = 0.5  # seconds between writes of a running submission's results so far


class RemoteWorker:
    def __init__(
        self, store: Store, broker: Any, judgement: Judgement, *, name: str, lease: float
    ) -> None:
        self.store = store
        self.broker = broker
        self.judgement = judgement
        self.name = name
        self.lease = lease
        self.log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)
        self._held: set[str] = set()
        self._lock = threading.Lock()

    def handle(self, ident: str, reveal: str = "none") -> None:
        """One message: claim, judge, store. Returning acknowledges it. `reveal` is the front
        end's policy: what of a hidden test the stored report may hold."""
        record = self.store.claim(ident, self.name, self.lease)
        if record is None:
            self.log(f"skipped {ident}: done, or held by a live worker")
            return
        with self._lock:
            self._held.add(ident)
        try:
            live = Live(0, ())
            written = 0.0

            def begin(total: int) -> None:
                nonlocal live
                live = Live(total, ())

            def each(test: dict[str, Any]) -> None:
                nonlocal live, written
                live = Live(live.total, (*live.tests, test))
                if time.monotonic() - written >= PROGRESS_EVERY:
                    self.store.record_progress(ident, Progress(live.total, live.tests))
                    written = time.monotonic()

            policy: Reveal = reveal if reveal in ("input", "all") else "none"  # type: ignore[assignment]
            report = self.judgement.with_reveal(policy)(record, begin, each)
            stored = self.store.finish(ident, report, self.name)
            self.log(
                f"judged {ident} {report['verdict']} attempt {record.attempts} "
                + ("stored" if stored else "duplicate (done already; not written)")
            )
        finally:
            with self._lock:
                self._held.discard(ident)

    def beat(self) -> None:
        """Renew this worker's leases and say it is alive; hand on what dead workers held."""
        with self._lock:
            held = list(self._held)
        self.store.renew(held, self.name, self.lease)
        self.store.worker_seen(self.name, socket.gethostname(), self.judgement.runner.name, 0)
        self.broker.do_qsize(QUEUE)  # any broker command refreshes Dramatiq's heartbeat
        for ident in self.store.requeue_stale():
            self.log(f"requeued {ident}: its worker's lease ran out")
            # Its first message's reveal policy went with the dead worker: the strictest.
            send(self.broker, ident, "none")

    def beat_forever(self, stop: threading.Event) -> None:
        while not stop.wait(self.lease / 3):
            try:
                self.beat()
            except Exception as exc:  # the database or Redis away for a moment: try again
                self.log(f"beat failed: {exc}")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "worker",
        help="judge submissions from a Redis queue (one per judging machine)",
        description="Take submissions from the Redis queue that `judge serve --queue` fills, "
        "judge them in this machine's sandbox and write the results to the shared database.",
    )
    p.add_argument("--queue", required=True, help="Redis URL, e.g. redis://10.0.0.5:6379/0")
    p.add_argument(
        "--db",
        required=True,
        help="the database the web front end uses: postgresql://USER@HOST/DB (or a SQLite "
        "file when the workers run on the front end's machine)",
    )
    p.add_argument(
        "--threads", type=int, default=None, help="submissions judged at once (default: CPUs, 1-4)"
    )
    p.add_argument(
        "--sandbox",
        choices=["auto", "local", "docker"],
        default="docker",
        help="where submitted code runs (default docker: strangers' code)",
    )
    p.add_argument(
        "--pool",
        type=int,
        default=None,
        help="warm Docker containers per kind and memory limit (default: --threads; 0: none)",
    )
    p.add_argument(
        "--unsafe-allow-local-runner",
        action="store_true",
        help="allow --sandbox local/auto without Docker (runs strangers' code unsandboxed)",
    )
    p.add_argument("--name", default=None, help="this worker's name (default HOST-PID)")
    p.add_argument(
        "--lease",
        type=float,
        default=DEFAULT_LEASE,
        help=f"seconds of silence after which this worker's submissions go to another "
        f"(default {DEFAULT_LEASE:g}; use the same value on every worker)",
    )
    p.set_defaults(func=run_worker)


def run_worker(args: argparse.Namespace) -> int:
    from dramatiq import Worker, actor

    from judge.catalog import catalog
    from web.sandbox import open_sandbox
    from web.server import default_workers
    from web.settings import Settings

    threads = args.threads or default_workers()
    pool = threads if args.pool is None else args.pool
    if threads < 1 or pool < 0 or args.lease < 1:
        print("judge worker: --threads at least 1, --pool at least 0, --lease at least 1 s",
              file=sys.stderr)  # fmt: skip
        return 2
    name = args.name or f"{socket.gethostname()}-{os.getpid()}"
    settings = Settings(sandbox=args.sandbox, workers=threads, pool=pool)
    found = catalog()
    sandbox = open_sandbox(settings, found)
    if sandbox.runner.name != "docker" and not args.unsafe_allow_local_runner:
        sandbox.close()
        print(
            f"judge worker: refusing to judge queued submissions with the {sandbox.runner.name} "
            "runner: they are strangers' code. Use --sandbox docker (after `judge sandbox "
            "build`), or pass --unsafe-allow-local-runner if you trust every sender.",
            file=sys.stderr,
        )
        return 2
    store = Store(args.db)
    broker = make_broker(args.queue, args.lease)
    worker = RemoteWorker(
        store, broker, Judgement(found, sandbox.runner, "none"), name=name, lease=args.lease
    )
    actor(actor_name=ACTOR, queue_name=QUEUE, broker=broker)(worker.handle)
    store.worker_seen(name, socket.gethostname(), sandbox.runner.name, threads)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    consumer = Worker(broker, queues={QUEUE}, worker_threads=threads)
    consumer.queue_prefetch = threads  # fetch no more than it judges: the rest stay queued
    beat = threading.Thread(target=worker.beat_forever, args=(stop,), daemon=True)
    print(
        f"judge worker {name}: {sandbox.note}; {threads} threads; queue {redacted(args.queue)}; "
        f"submissions in {describe(args.db)}; lease {args.lease:g} s",
        file=sys.stderr,
        flush=True,
    )
    try:
        consumer.start()
        beat.start()
        worker.beat()  # hand on what a dead worker left, now rather than in lease/3 s
        stop.wait()
        print(f"judge worker {name}: stopping (finishing what it is judging)", file=sys.stderr)
        consumer.stop()
    finally:
        store.worker_gone(name)
        sandbox.close()
        store.close()
        broker.close()
    return 0
