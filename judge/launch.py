"""The `judge` command's entry point.

`judge run FILE.py --sandbox local` starts the sandbox (the supervisor, which starts its
Python worker) before the CLI imports the rest of the judge, so the interpreters' start-up
and the worker's imports overlap the CLI's own (about a third of a run). Every other command
goes straight to judge.cli.
"""

from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn

from judge.spawn import Started, start_supervisor


def entry() -> NoReturn:
    """The installed `judge` command. After `judge run`, the process ends as soon as its
    output is out and the exit handlers have run: tearing the interpreter down (freeing
    every module's objects) would cost another 10-20 ms. Other commands exit as usual."""
    args = sys.argv[1:]
    if not args or args[0] != "run":
        sys.exit(main(args))
    try:
        code = main(args)
    except SystemExit as exc:  # usage errors and --help, from argparse
        code = _exit_code(exc.code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`judge run ... | head`)
            code = code or 1
    os._exit(code)


def _exit_code(code: object) -> int:
    if code is None or isinstance(code, int):
        return int(code or 0)
    print(code, file=sys.stderr)  # what sys.exit("message") prints
    return 1


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
