# expect: TLE
# Replaces the clock and the timer functions in the standard library modules a harness
# would use, then computes for longer than the limit on every test. The supervisor reads
# the worker's CPU clock from the kernel, outside this process.
import signal
import time

_busy = time.process_time
time.perf_counter = lambda: 0.0
time.perf_counter_ns = lambda: 0
time.monotonic = lambda: 0.0
time.time = lambda: 0.0
signal.setitimer = lambda *args: (0.0, 0.0)
signal.alarm = lambda *args: 0
signal.signal = lambda *args: signal.SIG_DFL


def shout(word):
    end = _busy() + 0.8
    while _busy() < end:
        pass
    return word.upper() + "!"
