"""Real Redis and PostgreSQL servers for the scale-out tests and bench_scale.py: Debian's
redis-server and postgresql (tests/setup.sh installs them), each started on a free loopback
port with its data in a temporary folder, and stopped afterwards. PostgreSQL refuses to run
as root, so as root its folder belongs to the `postgres` user and it runs as that user."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(
    port: int, timeout: float = 30.0, proc: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode} before listening on {port}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout} s")


@contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    """A redis-server on loopback; yields its URL (database 0)."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (tests/setup.sh installs it)")
    port = free_port()
    folder.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(port, proc=proc)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("postgresql is not installed (tests/setup.sh installs it)")
    return found[-1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL cluster made with initdb in a new folder of its own under the temporary
    folder (which the `postgres` user can reach), trusting loopback; yields its URL."""
    folder = Path(tempfile.mkdtemp(prefix="judge-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir(exist_ok=True)
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run(
        [*as_user, _pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "judge", "--no-sync"],
        check=True,
        capture_output=True,
    )
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
    )
    subprocess.run(
        [
            *as_user,
            _pg_bin("pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://judge@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_user, _pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":  # python tests/services.py: start both and wait (for trying it by hand)
    with tempfile.TemporaryDirectory() as tmp, redis_server(Path(tmp)) as r, postgres_server() as p:
        print(r, p, file=sys.stderr)
        with suppress(KeyboardInterrupt):
            time.sleep(3600)
