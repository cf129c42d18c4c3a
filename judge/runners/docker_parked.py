"""Parked containers: a warm container for the CLI, with no daemon.

`judge sandbox park` starts containers that wait, each with its supervisor (and worker)
blocked reading stdin, for the next `judge run --sandbox docker` on this host. A run claims
one by creating a file named after it that must not exist yet, so two runs racing for the
same container cannot both get it, then renames it out of the parked ones; a container never
gets a second job (the run removes it, as any other). Claiming skips the engine's create
and start, most of a cold run's cost.

(The claim itself is a file created exclusively under the temporary folder: the engine's
renames, tried first, turned out not to be exclusive when runs race.)

A parked container belongs to no process (the `parked` owner, which no sweep takes for
gone) and carries the deadline its parking asked for: `sweep()` removes it after that, and a
run does not claim one whose deadline would fall inside its own job. A run that used one
parks a replacement in a detached process, so one stays waiting until the deadline.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import tempfile
import time
from typing import Any

from judge.runners.docker_cleanup import DEADLINE_LABEL, LABEL, OWNER_LABEL, remove_quietly
from judge.runners.docker_pool import Container, PoolKey
from judge.runners.engine import ENGINE_FAULTS, Engine

PARKED_LABEL = "judge.parked"  # "kind/memory_mb" of a container waiting for any run here
PARKED_OWNER = "parked"  # no process owns it: only its deadline ends it
PREFIX = "judge-parked-"
MAX_MINUTES = 24 * 60


def parked_labels(key: PoolKey, deadline: float) -> dict[str, str]:
    return {
        LABEL: "1",
        OWNER_LABEL: PARKED_OWNER,
        DEADLINE_LABEL: str(int(deadline)),
        PARKED_LABEL: f"{key[0]}/{key[1]}",
    }


def park(runner: Any, key: PoolKey, count: int, minutes: float) -> list[str]:
    """Start `count` containers for `key` that wait until claimed or `minutes` have passed."""
    deadline = time.time() + max(min(minutes, MAX_MINUTES), 0.1) * 60
    names = []
    for _ in range(count):
        name = PREFIX + secrets.token_hex(6)
        runner.create_started(key, name=name, labels=parked_labels(key, deadline))
        names.append(name)
    return names


def claim(runner: Any, key: PoolKey, seconds_needed: float) -> tuple[Container, float] | None:
    """A parked container for `key` with the runner's image, attached and now this run's own,
    and its deadline; None when none waits (or every one is taken first by another run)."""
    engine: Engine = runner.engine
    try:
        listed = engine.containers([f"{PARKED_LABEL}={key[0]}/{key[1]}"])
    except ENGINE_FAULTS:
        return None
    now = time.time()
    for info in listed:
        tags = info.get("Labels") or {}
        deadline = tags.get(DEADLINE_LABEL) or ""
        names = [n.lstrip("/") for n in info.get("Names") or ()]
        if info.get("Image") != runner.image or not deadline.isdigit():
            continue
        if int(deadline) < now + seconds_needed or not any(n.startswith(PREFIX) for n in names):
            continue
        cid = str(info["Id"])
        if not _claim_mark(cid):
            continue  # another run has it
        with contextlib.suppress(*ENGINE_FAULTS):  # no longer listed as parked
            engine.rename(cid, f"judge-claimed-{secrets.token_hex(6)}")
        try:
            sock = engine.attach(cid)
        except ENGINE_FAULTS:
            remove_quietly(engine, cid)
            continue
        return Container(cid, sock, key), float(deadline)
    return None


def is_parked(engine: Engine, image: str, key: PoolKey) -> bool:
    """Whether a parked container with `image` waits for `key` (claimed or not)."""
    try:
        listed = engine.containers([f"{PARKED_LABEL}={key[0]}/{key[1]}"])
    except ENGINE_FAULTS:
        return False
    return any(info.get("Image") == image for info in listed)


def _claim_mark(cid: str) -> bool:
    """Mark the container as claimed; True for the one run whose mark it is. Creating a file
    that must not exist is atomic on this host's file system, where the engine's renames
    racing for one name can all succeed."""
    folder = os.path.join(tempfile.gettempdir(), "judge-parked-claims")
    with contextlib.suppress(OSError):
        os.makedirs(folder, mode=0o700, exist_ok=True)
    try:
        os.close(os.open(os.path.join(folder, cid), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return False
    except OSError:
        return False  # no place to mark claims: no parked container is taken
    _forget_old_marks(folder)
    return True


def _forget_old_marks(folder: str) -> None:
    """Marks of containers long gone (a parked container lives at most MAX_MINUTES)."""
    cutoff = time.time() - MAX_MINUTES * 60 - 3600
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)


def unpark(engine: Engine, key: PoolKey | None = None) -> int:
    """Remove the parked containers (for `key`, or all); claimed ones finish their run."""
    wanted = PARKED_LABEL if key is None else f"{PARKED_LABEL}={key[0]}/{key[1]}"
    listed = engine.containers([wanted], all=True)
    names = (n.lstrip("/") for info in listed for n in info.get("Names") or ())
    return sum(remove_quietly(engine, n) for n in names if n.startswith(PREFIX))


def repark_later(image: str, key: PoolKey, deadline: float) -> None:
    """Park one replacement until `deadline`, in a detached process (the run does not wait)."""
    minutes = (deadline - time.time()) / 60
    if minutes < 1:
        return
    command = [sys.executable, "-m", "judge.cli", "sandbox", "park", "--kind", key[0]]
    command += ["--memory", str(key[1]), "--count", "1", "--minutes", f"{minutes:.2f}"]
    env = {**os.environ, "JUDGE_SANDBOX_IMAGE": image}
    with contextlib.suppress(OSError):  # the next run is a cold one, nothing worse
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
        )
