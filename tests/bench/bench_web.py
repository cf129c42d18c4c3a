"""Load check of the web server: N submissions sent at once through the JSON API.

Starts `judge serve` (local runner, or `--sandbox docker` with its warm pool; temporary
database) on a free loopback port, sends N submissions of two_sum concurrently (a mix of
accepted and wrong solutions), retries any that get 503 after the Retry-After the server gives,
follows each until done, then checks that every one was judged, with the verdict its solution
must get, and none lost.

Prints: accepted at once vs after a 503, latency from submission to report (p50, p95,
max; from the server's own timestamps), throughput (submissions judged per second) and the
server process's own CPU time per submission (the sandboxes' is not in it).

Run: python tests/bench/bench_web.py [-n 200] [--workers 2] [--queue-size 100] [--mode submit]
     [--sandbox local|docker] [--pool N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
SOLUTIONS = REPO / "problems" / "python" / "two_sum" / "solutions"
MIX = [  # (file, verdict it must get), cycled over the submissions
    (SOLUTIONS / "accepted" / "hash_map.py", "AC"),
    (SOLUTIONS / "accepted" / "leetcode_class.py", "AC"),
    (SOLUTIONS / "wrong_answer" / "values_not_indices.py", "WA"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def one(
    client: httpx.AsyncClient, code: str, mode: str, retries: list[int]
) -> dict[str, object]:
    body = {"problem": "two_sum", "code": code, "language": "python", "mode": mode}
    tries = 0
    while True:
        response = await client.post("/api/submissions", json=body)
        if response.status_code == 202:
            break
        if response.status_code != 503:
            raise RuntimeError(f"unexpected {response.status_code}: {response.text}")
        tries += 1
        await asyncio.sleep(min(float(response.headers.get("retry-after", "1")), 5.0))
    retries.append(tries)
    url = response.json()["url"]
    delay = 0.2
    while True:
        await asyncio.sleep(delay)
        try:
            state = (await client.get(url)).json()
        except httpx.TransportError:  # a GET is safe to repeat
            continue
        if state["status"] == "done":
            return dict(state)
        delay = min(delay * 1.5, 2.0)


async def main_async(args: argparse.Namespace, base: str) -> None:
    codes = [(path.read_text(), verdict) for path, verdict in MIX]
    chosen = [codes[i % len(codes)] for i in range(args.n)]
    retries: list[int] = []
    # Idle connections are dropped by the client before uvicorn's 5 s keep-alive timeout
    # closes them from the other side mid-request.
    limits = httpx.Limits(
        max_connections=args.n, max_keepalive_connections=args.n, keepalive_expiry=2.0
    )
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        started = time.monotonic()
        results = await asyncio.gather(
            *(one(client, code, args.mode, retries) for code, _verdict in chosen)
        )
        elapsed = time.monotonic() - started

    wrong = [
        (r["id"], r["report"]["verdict"], want)  # type: ignore[index]
        for r, (_code, want) in zip(results, chosen, strict=True)
        if r["report"]["verdict"] != want  # type: ignore[index]
    ]
    ids = {r["id"] for r in results}
    latency = sorted(float(r["finished_at"]) - float(r["created_at"]) for r in results)  # type: ignore[arg-type]
    p50 = statistics.median(latency)
    p95 = latency[max(0, round(0.95 * len(latency)) - 1)]
    tests = sum(int(r["tests_total"]) for r in results)  # type: ignore[call-overload]
    print(f"submissions sent:         {args.n} ({args.mode} mode, {tests} tests in all)")
    print(f"judged (status done):     {len(results)}, distinct ids {len(ids)}")
    print(f"verdicts as expected:     {len(results) - len(wrong)}/{len(results)}")
    print(f"accepted at once:         {sum(1 for t in retries if t == 0)}")
    print(f"accepted after a 503:     {sum(1 for t in retries if t > 0)} (503s: {sum(retries)})")
    print(f"latency p50 / p95 / max:  {p50:.2f} s / {p95:.2f} s / {latency[-1]:.2f} s")
    print(f"throughput:               {args.n / elapsed:.2f} submissions/s over {elapsed:.1f} s")
    if wrong or len(ids) != args.n:
        print(f"FAILED: {wrong[:5]}", file=sys.stderr)
        sys.exit(1)


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) of the process itself, not of its children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="submissions (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="server workers (default 2)")
    parser.add_argument("--queue-size", type=int, default=100, help="server queue (default 100)")
    parser.add_argument("--sandbox", choices=["local", "docker"], default="local")
    parser.add_argument("--pool", type=int, help="warm containers (docker; default: serve's)")
    parser.add_argument("--mode", choices=["run", "submit"], default="submit")
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with (
        tempfile.TemporaryDirectory(prefix="bench-web-") as tmp,
        open(Path(tmp) / "server.log", "w+b") as log,
    ):
        server = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from judge.launch import entry; entry()",
                "serve",
                "--port",
                str(port),
                "--db",
                str(Path(tmp) / "submissions.db"),
                "--sandbox",
                args.sandbox,
                "--workers",
                str(args.workers),
                "--queue-size",
                str(args.queue_size),
                *(["--pool", str(args.pool)] if args.pool is not None else []),
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(f"{base}/api/health", timeout=1).raise_for_status()
                    break
                except httpx.HTTPError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        sys.exit("the server did not start")
                    time.sleep(0.2)
            print(f"server: {args.workers} workers, queue {args.queue_size}, {args.sandbox} runner")
            before = server_cpu(server.pid)
            asyncio.run(main_async(args, base))
            spent = server_cpu(server.pid) - before
            # The server process's own CPU (its threads); the sandboxes it starts are others'.
            print(f"server CPU per submission: {spent / args.n * 1000:.1f} ms")
        except BaseException:
            log.seek(0)
            print(log.read().decode(errors="replace")[-3000:], file=sys.stderr)
            raise
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
