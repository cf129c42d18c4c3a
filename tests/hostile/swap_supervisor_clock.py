# expect: TLE
# The old harness's attack: find the code that times us through sys.modules["__main__"],
# replace its clock and cancel its alarm, then take longer than the limit on every test.
# The worker's __main__ is the worker, not the supervisor, which times it from outside.
import signal
import sys
import time

_main = sys.modules["__main__"]
for name in ("_clock", "_setitimer", "clock", "perf_counter"):
    if hasattr(_main, name):
        setattr(_main, name, lambda *args: 0.0)
for name in dir(_main):
    obj = getattr(_main, name, None)
    if hasattr(obj, "cpu_mark"):
        obj.cpu_mark = 1e9
signal.setitimer(signal.ITIMER_REAL, 0)
signal.signal(signal.SIGALRM, signal.SIG_IGN)


def shout(word):
    end = time.process_time() + 0.8
    while time.process_time() < end:
        pass
    return word.upper() + "!"
