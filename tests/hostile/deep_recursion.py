# expect: RTE
# Recurses without end: Python's recursion limit stops it with a RecursionError.


def _down(n):
    return _down(n + 1) + 1


def shout(word):
    return _down(0)
