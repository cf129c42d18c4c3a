# expect: TLE
# Replaces the clock and the timer functions in the standard library modules the harness
# uses, then takes longer than the limit on every test.
import signal
import time

_sleep = time.sleep
time.perf_counter = lambda: 0.0
time.perf_counter_ns = lambda: 0
time.monotonic = lambda: 0.0
time.time = lambda: 0.0
signal.setitimer = lambda *args: (0.0, 0.0)
signal.alarm = lambda *args: 0
signal.signal = lambda *args: signal.SIG_DFL


def shout(word):
    _sleep(0.8)
    return word.upper() + "!"
