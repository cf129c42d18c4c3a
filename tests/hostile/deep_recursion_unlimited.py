# expect: MLE
# Lifts the recursion limit as far as it goes, then recurses without end: the frames fill
# the memory limit (or, should the C stack give out first, the process crashes).
import sys

sys.setrecursionlimit(10**9)


def _down(n):
    return _down(n + 1) + 1


def shout(word):
    return _down(0)
