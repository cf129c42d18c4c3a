# expect: RTE
# Tries to kill its parent, process 1 and every process it may signal while being imported.
# The supervisor is process 1 of the container's namespace, out of reach; kill(0) reaches
# the worker's own process group, so the worker dies while loading: a runtime error.
import contextlib
import os
import signal

for _pid in (os.getppid(), 1, -1, 0):
    with contextlib.suppress(OSError):
        os.kill(_pid, signal.SIGKILL)


def shout(word):
    return word.upper() + "!"
