"""Starting the local sandbox: the supervisor and its worker as child processes (stdlib only,
so the `judge` command can start them before it imports anything else: judge.launch).

The supervisor gets a clean environment, a fresh temporary working directory and its own
session (so the whole process group can be killed). Started with a worker kind, it starts
that worker at once and waits on stdin for the job.
"""

from __future__ import annotations

import contextlib
import os
import signal
import site
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from typing import IO

from judge.supervisor import supervisor_path


@dataclass
class Started:
    """A supervisor started for one run (its worker starting too), waiting for the job."""

    kind: str
    proc: subprocess.Popen[bytes]
    workdir: tempfile.TemporaryDirectory[str]
    stderr: IO[bytes]
    taken: bool = False  # a run has it (and closes it)

    def discard(self) -> None:
        """Stop it and remove its folder, unless a run took it."""
        if self.taken:
            return
        self.taken = True
        with self.workdir, self.stderr:
            kill_group(self.proc)
            self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()


def start_supervisor(kind: str, python: str) -> Started:
    workdir = tempfile.TemporaryDirectory(prefix="judge-run-")
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": workdir.name,
        "TMPDIR": workdir.name,
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    flags = ["-I"]
    if python == sys.executable:
        # No `site`: this interpreter's .pth start-up hooks (tens of milliseconds here, per
        # interpreter) are not the sandbox's business; the worker gets the same library
        # folders on its path from JUDGE_SITE instead.
        flags.append("-S")
        env["JUDGE_SITE"] = os.pathsep.join(site.getsitepackages())
    stderr = tempfile.TemporaryFile()  # noqa: SIM115 (closed by the run, or by discard)
    proc = subprocess.Popen(
        [python, *flags, str(supervisor_path()), kind],  # the worker starts at once
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr,
        cwd=workdir.name,
        env=env,
        start_new_session=True,
    )
    return Started(kind, proc, workdir, stderr)


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
