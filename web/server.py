"""`judge serve`: the web app on uvicorn, registered into the CLI through an entry point.

Serving beyond loopback means strangers' code: that needs the Docker runner, unless the
operator says otherwise with --unsafe-allow-local-runner.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path

from web.settings import DEFAULT_DB, Settings


class ExposureError(Exception):
    """Refusing to serve strangers' code without a sandbox."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the web app (problems, editor, judging, JSON API)",
        description="Serve the web app: problem pages with a code editor, a JSON API "
        "(see /docs), submissions kept in SQLite, judged by a pool of worker threads.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--db",
        default=str(DEFAULT_DB),
        help=f"where submissions are kept: a SQLite file (default {DEFAULT_DB}) or a "
        "postgresql://USER@HOST/DB URL shared with the workers",
    )
    p.add_argument(
        "--queue",
        default=None,
        metavar="REDIS_URL",
        help="judge on other machines: send submissions to this Redis (redis://HOST:PORT/N), "
        "where `judge worker` processes take them; this process then judges nothing",
    )
    p.add_argument(
        "--lease",
        type=float,
        default=30.0,
        help="with --queue: seconds after which a silent worker counts as gone (as the "
        "workers' --lease; default 30)",
    )
    p.add_argument(
        "--sandbox",
        choices=["auto", "local", "docker"],
        default="auto",
        help="where submitted code runs (default auto: Docker when available)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=default_workers(),
        help="submissions judged at once (default: CPU count, at most 4)",
    )
    p.add_argument(
        "--pool",
        type=int,
        default=None,
        help="Docker containers kept started per problem kind and memory limit, for a quick "
        "verdict (default: as many as --workers; 0 disables)",
    )
    p.add_argument(
        "--queue-size",
        type=int,
        default=100,
        help="submissions waiting or running before new ones get 503 (default 100)",
    )
    p.add_argument(
        "--hiring", action="store_true", help="hiring mode: reveal nothing of hidden tests"
    )
    p.add_argument(
        "--reveal",
        choices=["input", "all"],
        default=None,
        help="show more of hidden tests than their number, verdict, time and memory: their "
        "input, or all (input, expected answer, output); not with --hiring",
    )
    p.add_argument(
        "--reviewer-token-file",
        type=Path,
        default=None,
        metavar="PATH",
        help="enable assessments: the reviewer API and /review pages, signed in with the token "
        "in this file (at least 16 characters); without it there is no reviewer surface",
    )
    p.add_argument(
        "--unsafe-allow-local-runner",
        action="store_true",
        help="allow the local runner on a non-loopback address (runs strangers' code unsandboxed)",
    )
    p.set_defaults(func=serve)


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def check_exposure(host: str, runner_name: str, unsafe: bool) -> None:
    if is_loopback(host) or runner_name == "docker" or unsafe:
        return
    raise ExposureError(
        f"refusing to serve on {host} with the {runner_name} runner: anyone who can reach it "
        "could run code unsandboxed on this machine. Use --sandbox docker (after "
        "`judge sandbox build`), or pass --unsafe-allow-local-runner if you trust everyone "
        "who can reach this address."
    )


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from judge.catalog import catalog
    from web.app import create_app
    from web.sandbox import open_sandbox
    from web.store import describe

    pool = args.workers if args.pool is None else args.pool
    if args.workers < 1 or args.queue_size < 1 or pool < 0:
        print(
            "judge serve: --workers and --queue-size must be at least 1, --pool at least 0",
            file=sys.stderr,
        )
        return 2
    if args.hiring and args.reveal:
        print(
            "judge serve: --hiring reveals nothing of hidden tests; drop --reveal", file=sys.stderr
        )
        return 2
    from web.reviewers import TokenFileError, read_token_file  # fastapi: only when serving

    try:
        token = (
            None if args.reviewer_token_file is None else read_token_file(args.reviewer_token_file)
        )
    except TokenFileError as exc:
        print(f"judge serve: {exc}", file=sys.stderr)
        return 2
    if args.queue is not None:
        return _serve_queue(args, token)
    settings = Settings(
        db_path=args.db,
        sandbox=args.sandbox,
        workers=args.workers,
        pool=pool,
        queue_size=args.queue_size,
        hiring=args.hiring,
        reveal_hidden=args.reveal or "none",
        allowed_hosts=LOOPBACK_NAMES if is_loopback(args.host) else None,
        reviewer_token=token,
    )
    # The runner is opened here, not by the app, to refuse an exposed local runner before
    # anything listens.
    sandbox = open_sandbox(settings, catalog())
    try:
        check_exposure(args.host, sandbox.runner.name, args.unsafe_allow_local_runner)
        print(
            f"judge serve: {sandbox.note}; {args.workers} workers; "
            f"submissions in {describe(args.db)}"
            + ("; hiring mode" if args.hiring else "")
            + (f"; hidden tests reveal {args.reveal}" if args.reveal else "")
            + ("; assessments on (reviewers: /review)" if token else ""),
            file=sys.stderr,
        )
        app = create_app(settings, sandbox.runner, sandbox.note)
        uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    except ExposureError as exc:
        print(f"judge serve: {exc}", file=sys.stderr)
        return 2
    finally:
        sandbox.close()
    return 0


def _serve_queue(args: argparse.Namespace, token: str | None) -> int:
    """The front end alone: no sandbox here, so no exposure check (the workers run Docker)."""
    import uvicorn

    from web.app import create_app
    from web.queue import redacted
    from web.store import describe

    settings = Settings(
        db_path=args.db,
        queue_url=args.queue,
        lease=args.lease,
        queue_size=args.queue_size,
        hiring=args.hiring,
        reveal_hidden=args.reveal or "none",
        allowed_hosts=LOOPBACK_NAMES if is_loopback(args.host) else None,
        reviewer_token=token,
    )
    print(
        f"judge serve: queue {redacted(args.queue)}, judged by `judge worker` processes; "
        f"submissions in {describe(args.db)}" + ("; hiring mode" if args.hiring else ""),
        file=sys.stderr,
    )
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info")
    return 0
