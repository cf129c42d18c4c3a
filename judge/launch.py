"""The `judge` command's entry point.

`judge run FILE.py --sandbox local` starts the sandbox (the supervisor, which starts its
Python worker) before the CLI imports the rest of the judge, so the interpreters' start-up
and the worker's imports overlap the CLI's own (about a third of a run). Every other command
goes straight to judge.cli.
"""

from __future__ import annotations

import sys

from judge.spawn import Started, start_supervisor


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    early = _early_sandbox(args)
    try:
        from judge.cli import main as cli_main

        return cli_main(args, early=early)
    finally:
        if early is not None:
            early.discard()  # a no-op once a run took it


def _early_sandbox(args: list[str]) -> Started | None:
    """A supervisor with a Python worker, when the arguments ask to judge a .py file in the
    local sandbox (whether it is really Python is known later: a run of another kind
    discards it)."""
    if len(args) < 2 or args[0] != "run" or "-h" in args or "--help" in args:
        return None
    if not _sandbox_is_local(args[1:]) or not any(a.endswith(".py") for a in args[1:]):
        return None
    try:
        return start_supervisor("python", sys.executable)
    except OSError:
        return None  # the run starts its own, and says what went wrong


def _sandbox_is_local(args: list[str]) -> bool:
    for i, arg in enumerate(args):
        if arg == "--sandbox" and i + 1 < len(args):
            return args[i + 1] == "local"
        if arg.startswith("--sandbox="):
            return arg == "--sandbox=local"
    return False
