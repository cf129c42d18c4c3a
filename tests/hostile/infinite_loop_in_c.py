# expect: TLE
# A loop inside C code, where Python's signal handlers never get to run: only the
# wall-clock kill from the host ends it.
import itertools


def shout(word):
    return sum(itertools.repeat(1))
