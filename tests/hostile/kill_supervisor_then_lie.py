# expect: WA|RTE
# Tries to kill or stop the supervisor (its parent, process 1 in the container), then
# answers wrongly. Whatever happens, it must not come out Accepted or Internal Error.
import contextlib
import os
import signal


def shout(word):
    for sig in (signal.SIGSTOP, signal.SIGKILL, signal.SIGTERM):
        for pid in (os.getppid(), 1):
            with contextlib.suppress(OSError):
                os.kill(pid, sig)
    return word.lower()
