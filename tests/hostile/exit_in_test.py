# expect: RTE
# Exits during a test.
import sys


def shout(word):
    sys.exit(0)
