# expect: RTE
# Tries every way a process can be started from Python: a child's CPU time and memory are
# not the worker's, so work moved into one would go unmeasured (too slow, yet accepted).
# The worker is refused process creation (seccomp), threads aside: each way must fail,
# and then the test fails as a runtime error. One that worked would answer right: AC.
import contextlib
import ctypes
import multiprocessing
import os
import subprocess

LIBC = ctypes.CDLL(None, use_errno=True)
FORKS = [
    os.fork,
    LIBC.fork,
    lambda: LIBC.syscall(57),  # fork, as a bare system call
    lambda: LIBC.syscall(58),  # vfork
    lambda: LIBC.syscall(56, 17, 0, 0, 0, 0),  # clone(SIGCHLD): a plain child
    lambda: LIBC.syscall(435, 0, 0),  # clone3
]
SPAWNS = [
    lambda: os.posix_spawn("/bin/true", ["true"], {}),
    lambda: subprocess.run(["/bin/true"], check=True),
    lambda: multiprocessing.Process(target=print).start(),
]


def started():
    for fork in FORKS:
        with contextlib.suppress(OSError):
            pid = fork()
            if pid == 0:  # the child: leave at once
                os._exit(0)
            if pid > 0:
                return True
    for spawn in SPAWNS:
        with contextlib.suppress(Exception):
            spawn()
            return True
    return False


def shout(word):
    if started():
        return word.upper() + "!"
    raise RuntimeError("no way to start a process")
