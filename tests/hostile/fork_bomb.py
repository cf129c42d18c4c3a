# expect: TLE
# Forks without end, every child forking too; the pids limit stops the spread and the
# per-test timer (or the wall clock) stops the spinning.
import contextlib
import os


def shout(word):
    while True:
        with contextlib.suppress(OSError):
            os.fork()
