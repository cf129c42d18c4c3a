"""`judge assess`: a reviewer's commands against a running `judge serve
--reviewer-token-file`, over HTTP with the reviewer token (`--token-file`, else the
environment's JUDGE_REVIEWER_TOKEN). A thin client: the server checks and decides; this
only parses arguments, sends them and prints the answer. Standard library only.

    judge assess create --candidate NAME --problems a,b --minutes 60 [--server URL] [--json]
    judge assess show ID [--json]
    judge assess export [> assessments.csv]

Every mistake (no token, server unreachable, token refused, an unknown problem) is one line
on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

DEFAULT_SERVER = "http://127.0.0.1:8000"
TOKEN_ENV = "JUDGE_REVIEWER_TOKEN"
TIMEOUT = 30.0


class AssessError(Exception):
    """Something the reviewer can fix; the message says what."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "assess",
        help="assessments for hiring: invite a candidate, read or export the results",
        description="Talk to a `judge serve --reviewer-token-file` server as a reviewer.",
    )
    sub = p.add_subparsers(dest="assess_command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--server", default=DEFAULT_SERVER, help=f"the judge's address (default {DEFAULT_SERVER})"
    )
    common.add_argument(
        "--token-file",
        type=Path,
        default=None,
        help=f"the reviewer token's file (default: the environment's {TOKEN_ENV})",
    )
    create = sub.add_parser(
        "create",
        parents=[common],
        help="invite a candidate: prints the invite link to send them",
        description="Create an assessment; prints its id, the invite link and the candidate's "
        "token (shown only now). The clock starts when the candidate first opens the link.",
    )
    create.add_argument("--candidate", required=True, help="the candidate's name")
    create.add_argument(
        "--problems", required=True, help="problem slugs, separated by commas: two_sum,rank_scores"
    )
    create.add_argument(
        "--minutes", required=True, type=float, help="their time from the first visit (0.5: 30 s)"
    )
    create.add_argument("--json", action="store_true", help="print the server's JSON answer")
    create.set_defaults(func=run_create)
    show = sub.add_parser(
        "show",
        parents=[common],
        help="an assessment's submissions, in order",
        description="Print an assessment: who, when, and every submission's verdict.",
    )
    show.add_argument("id", help="the assessment's id (from `judge assess create`)")
    show.add_argument("--json", action="store_true", help="the whole review, with code")
    show.set_defaults(func=run_show)
    export = sub.add_parser(
        "export",
        parents=[common],
        help="every assessment as CSV, on stdout",
        description="Print every assessment as CSV (one row each).",
    )
    export.set_defaults(func=run_export)
    p.set_defaults(func=lambda args: _usage(p))


def run_create(args: argparse.Namespace) -> int:
    problems = [s.strip() for s in args.problems.split(",") if s.strip()]
    body = {"candidate": args.candidate, "problems": problems, "minutes": args.minutes}
    return _run(args, lambda token: _print_created(args, request(args, token, "POST", body)))


def run_show(args: argparse.Namespace) -> int:
    path = "/api/assessments/" + urllib.parse.quote(args.id, safe="")
    return _run(args, lambda token: _print_review(args, request(args, token, "GET", path=path)))


def run_export(args: argparse.Namespace) -> int:
    def go(token: str) -> None:
        sys.stdout.write(request(args, token, "GET", path="/api/assessments.csv", raw=True))

    return _run(args, go)


def reviewer_token(token_file: Path | None) -> str:
    if token_file is not None:
        try:
            text = token_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise AssessError(f"cannot read the token file {token_file}: {exc}") from None
        if not text:
            raise AssessError(f"the token file {token_file} is empty")
        return text.splitlines()[0].strip()
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        raise AssessError(f"no reviewer token: pass --token-file PATH or set {TOKEN_ENV}")
    return token


def request(
    args: argparse.Namespace,
    token: str,
    method: str,
    body: dict[str, Any] | None = None,
    path: str = "/api/assessments",
    raw: bool = False,
) -> Any:
    """One call to the server; its answer (JSON, or text with `raw`), or an AssessError."""
    server = args.server.rstrip("/")
    if not server.startswith(("http://", "https://")):
        raise AssessError(f"--server must be an http:// or https:// address, not {server!r}")
    data = None if body is None else json.dumps(body).encode()
    sent = urllib.request.Request(server + path, data=data, method=method)
    sent.add_header("Authorization", f"Bearer {token}")
    sent.add_header("Accept", "application/json")
    if data is not None:
        sent.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(sent, timeout=TIMEOUT) as answer:
            text = answer.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        raise AssessError(_refusal(server, exc)) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise AssessError(f"cannot reach the judge at {server}: {reason}") from None
    return text if raw else json.loads(text)


def _refusal(server: str, exc: urllib.error.HTTPError) -> str:
    try:
        detail = json.loads(exc.read().decode("utf-8")).get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, list):  # pydantic's errors: each field and what is wrong
        detail = "; ".join(
            f"{'.'.join(str(p) for p in d.get('loc', [])[1:])}: {d.get('msg')}" for d in detail
        )
    if exc.code == 404 and detail in (None, "Not Found"):
        return f"{server} has no assessments (is it started with --reviewer-token-file?)"
    if exc.code == 401:
        return f"the server refused the reviewer token: {detail}"
    return f"the server answered {exc.code}: {detail or exc.reason}"


def _print_created(args: argparse.Namespace, made: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(made, indent=2))
        return
    print(f"assessment {made['id']} for {args.candidate}")
    print(f"invite link (send it to the candidate): {made['invite_url']}")
    print(f"candidate token (shown only now): {made['candidate_token']}")


def _print_review(args: argparse.Namespace, review: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(review, indent=2))
        return
    print(f"{review['candidate']}: {review['state']}, {review['minutes']:g} minutes, ", end="")
    print(f"solved {len(review['solved'])}/{len(review['problems'])}")
    for s in review["timeline"]:
        offset = "" if s["offset"] is None else f"+{s['offset']:.0f}s"
        outcome = s["verdict"] or s["status"]
        counts = "" if s["total"] is None else f" {s['passed']}/{s['total']}"
        print(f"  {offset:>7} {s['problem']} {s['mode']}: {outcome}{counts}")


def _run(args: argparse.Namespace, go: Any) -> int:
    try:
        go(reviewer_token(args.token_file))
    except AssessError as exc:
        print(f"judge assess: {exc}", file=sys.stderr)
        return 2
    return 0


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2
