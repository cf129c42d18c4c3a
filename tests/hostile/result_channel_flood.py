# expect: OLE|TLE
# Turns off the harness's timer, finds the harness's result channel among the open
# descriptors and floods it without a newline: the host stops it at its read cap (OLE) or
# at the per-test kill (TLE), whichever comes first, and kills the container.
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
