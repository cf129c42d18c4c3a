# expect: TLE
# Lowers its supervisor's resource limits with prlimit (on another process it needs only the
# same uid), then runs past the time limit, so the supervisor must start a fresh worker:
# with one descriptor left, or no address space, that failed as an internal error. prlimit
# on any process but the worker itself is refused: a time limit, as the code deserves.
import contextlib
import os
import resource

for pid in {os.getppid(), 1}:
    for which, value in ((resource.RLIMIT_NOFILE, 1), (resource.RLIMIT_AS, 1 << 20)):
        with contextlib.suppress(OSError, ValueError):
            resource.prlimit(pid, which, (value, value))


def shout(word):
    while True:
        pass
