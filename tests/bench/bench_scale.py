"""Throughput and latency of 200 concurrent submissions: the in-process default beside the Redis
queue with one and with two `judge worker` processes (Docker sandbox everywhere).

    python tests/bench/bench_scale.py [--count 200] [--threads 2]

Each setup is started fresh (real Redis and PostgreSQL for the queue, a SQLite file for the
default), sent the same mix of submissions at once from 16 client threads (accepted, wrong
and broken Python, and SQL), and timed from the server's own clock: latency is a
submission's stored `finished_at - created_at`, throughput the count over the time from the
first sent to the last stored. On one machine the workers share its cores, so two workers
show the queue's overhead and fairness here, not the gain of a second machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.scaleout import Deployment, deployment, mix, submit, wait_all
from tests.services import free_port, wait_port


def send_all(url: str, count: int) -> list[str]:
    kinds = mix()
    with httpx.Client(base_url=url, timeout=60) as client, ThreadPoolExecutor(16) as pool:
        records = pool.map(lambda n: submit(client, kinds[n % len(kinds)]), range(count))
        return [r["id"] for r in records]


def measure(url: str, count: int) -> dict[str, float]:
    idents = send_all(url, count)
    with httpx.Client(base_url=url, timeout=60) as client:
        records, _ = wait_all(client, idents, timeout=1200)
    latencies = sorted(r["finished_at"] - r["created_at"] for r in records.values())
    first = min(r["created_at"] for r in records.values())
    last = max(r["finished_at"] for r in records.values())
    return {
        "throughput": count / (last - first),
        "p50": statistics.median(latencies),
        "p95": latencies[int(0.95 * (len(latencies) - 1))],
        "wall": last - first,
    }


def in_process(folder: Path, count: int, threads: int) -> dict[str, float]:
    dep = Deployment(folder, "", "")
    port = free_port()
    web = dep.start(
        "web-default",
        [
            "serve",
            "--port",
            str(port),
            "--db",
            str(folder / "default.db"),
            "--sandbox",
            "docker",
            "--workers",
            str(threads),
            "--queue-size",
            str(count),
        ],
    )
    try:
        wait_port(port, timeout=120, proc=web.proc)
        return measure(f"http://127.0.0.1:{port}", count)
    finally:
        web.proc.terminate()
        web.proc.wait(60)


def queued(folder: Path, count: int, threads: int, workers: int) -> dict[str, float]:
    with deployment(folder) as dep:
        dep.start_web("--queue-size", str(count))
        for n in range(workers):
            dep.start_worker(f"w{n + 1}", threads=threads)
        dep.wait_workers(workers)
        time.sleep(2)  # the warm pools fill
        return measure(dep.web_url, count)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2, help="judging threads per process")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for label, run in (
            ("in-process (judge serve)", lambda f: in_process(f, args.count, args.threads)),
            ("redis queue, 1 worker", lambda f: queued(f, args.count, args.threads, 1)),
            ("redis queue, 2 workers", lambda f: queued(f, args.count, args.threads, 2)),
        ):
            folder = base / label.split()[0] / label[-9:].strip().replace(" ", "-")
            folder.mkdir(parents=True)
            figures = run(folder)
            rows.append((label, figures))
            print(
                f"{label:28} {figures['throughput']:6.1f} submissions/s   p50 "
                f"{figures['p50']:6.2f} s   p95 {figures['p95']:6.2f} s   "
                f"({args.count} in {figures['wall']:.1f} s)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
