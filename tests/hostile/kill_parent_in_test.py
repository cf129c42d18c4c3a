# expect: AC
# Tries to kill its parent, process 1 and every process it may signal during each test.
import contextlib
import os
import signal


def shout(word):
    for pid in (os.getppid(), 1, -1, 0):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return word.upper() + "!"
