"""`judge verify` over every problem folder in problems/, under the local and the Docker runner.

Each problem is one test per runner, so a failure names the problem. The Docker half needs a
running engine and the sandbox image: tests/setup.sh provides both, and without them these
tests fail rather than skip.
"""

from __future__ import annotations

import pytest

from judge.calibration import use
from judge.catalog import find_folders
from judge.runners.base import Runner
from judge.runners.local import LocalRunner
from judge.verify import verify_folder

from .conftest import REPO

FOLDERS = find_folders([REPO / "problems"])


def calibrated(runner: Runner) -> Runner:
    """The runner with this host's speed factor for its sandbox, as `judge verify` gives it
    (measured once per host and sandbox, then cached): limits are in reference seconds."""
    use(runner)
    return runner


def _assert_verified(slug: str, runner: Runner) -> None:
    # One try per too-slow solution here (`judge verify` makes two): CI runs every problem
    # under two runners, and a too-slow solution costs 1.5 x its limit each try.
    check = verify_folder(FOLDERS[slug], calibrated(runner), tle_repeats=1)
    problems = check.errors + [
        f"{s.path.parent.name}/{s.path.name}: expected {s.expected.value}, got "
        f"{','.join(v.value for v in s.got)} {s.detail}"
        for s in check.solutions
        if not s.ok
    ]
    assert check.ok, "\n".join(problems)


@pytest.mark.parametrize("slug", sorted(FOLDERS))
def test_verify_local(slug: str) -> None:
    _assert_verified(slug, LocalRunner())


# Every problem has a Docker half: SQL queries run in a hardened DuckDB child process
# whatever the sandbox, but an SQL problem's pandas solutions run in the sandbox.
DOCKER_FOLDERS = sorted(FOLDERS)


@pytest.mark.parametrize("slug", DOCKER_FOLDERS)
def test_verify_docker(slug: str, docker_runner: Runner) -> None:
    _assert_verified(slug, docker_runner)


def test_every_pack_is_present() -> None:
    packs = {folder.parent.name for folder in FOLDERS.values()}
    assert {"python", "sql"} <= packs
