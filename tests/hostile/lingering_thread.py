# expect: AC
# Leaves a busy thread behind (it prints now and then) after each call returns; the
# answers are right, and the thread must die with the container.
import itertools
import threading


def _linger():
    for i in itertools.count():
        if i % 10_000_000 == 0:
            print("still here", i)


def shout(word):
    threading.Thread(target=_linger, daemon=False).start()
    return word.upper() + "!"
