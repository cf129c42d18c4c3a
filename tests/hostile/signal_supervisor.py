# expect: AC
# Sends its parent, the supervisor, every catchable signal it can while being imported and
# in each test, then answers right. SIGINT once made the supervisor raise KeyboardInterrupt
# (an internal error, with results it held lost); as process 1 of the container it gets no
# signal it has no handler for. Nothing the signals do may change the verdict: AC.
import contextlib
import os
import signal

SIGNALS = [
    s
    for s in signal.Signals
    if s not in (signal.SIGKILL, signal.SIGSTOP, signal.SIGCHLD)
]


def _signal_parent():
    for s in SIGNALS:
        with contextlib.suppress(OSError):
            os.kill(os.getppid(), s)


_signal_parent()


def shout(word):
    _signal_parent()
    return word.upper() + "!"
