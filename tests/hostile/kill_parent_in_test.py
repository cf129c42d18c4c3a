# expect: RTE
# Tries to kill its parent, process 1 and every process it may signal during each test:
# process 1 (the supervisor) is out of reach inside its container, but kill(0) reaches the
# worker itself, which dies: a runtime error, never Accepted or Internal Error.
import contextlib
import os
import signal


def shout(word):
    for pid in (os.getppid(), 1, -1, 0):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return word.upper() + "!"
