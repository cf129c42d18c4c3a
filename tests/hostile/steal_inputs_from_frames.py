# expect: TLE
# The old harness's attack: at import, walk up the stack to the code that loaded us, read
# every test's input from its locals and answer from a cache. Here the frames above belong
# to the worker, which never holds the job: nothing to steal, and the slow path is timed.
import sys
import time

FOUND = {}
frame = sys._getframe(0)
while frame is not None:
    for value in list(frame.f_locals.values()):
        if isinstance(value, dict) and "tests" in value:
            for test in value["tests"]:
                FOUND[str(test)] = True
    frame = frame.f_back


def shout(word):
    if FOUND:
        return word.upper() + "!"
    end = time.process_time() + 0.8
    while time.process_time() < end:
        pass
    return word.upper() + "!"
