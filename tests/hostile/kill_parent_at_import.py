# expect: AC
# Tries to kill its parent, process 1 and every process it may signal while being imported.
# In the container there is nothing to hit: the harness is process 1 of its own namespace.
import contextlib
import os
import signal

for _pid in (os.getppid(), 1, -1, 0):
    with contextlib.suppress(OSError):
        os.kill(_pid, signal.SIGKILL)


def shout(word):
    return word.upper() + "!"
