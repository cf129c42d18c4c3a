# expect: TLE
# Turns off the harness's timer signal, then sleeps: the host's wall clock must end it.
import signal
import time

signal.signal(signal.SIGALRM, signal.SIG_IGN)
signal.setitimer(signal.ITIMER_REAL, 0)


def shout(word):
    signal.signal(signal.SIGALRM, signal.SIG_IGN)
    time.sleep(3600)
