# expect: RTE|OLE|TLE
# Turns off the old harness's timer, finds every pipe among the open descriptors and floods
# them without a newline. The only one the worker can write is its own answer pipe: the
# supervisor refuses the oversized frame (RTE); with the old harness the host's read cap
# (OLE) or per-test kill (TLE) stopped it.
import os
import signal
import stat

CHUNK = b"z" * (1 << 20)


def _channels():
    for fd in range(3, 64):
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            yield fd


def shout(word):
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    fds = list(_channels())
    for _ in range(4096):
        for fd in fds:
            os.write(fd, CHUNK)
    return word.upper() + "!"
