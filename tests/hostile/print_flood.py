# expect: OLE
# Prints gigabytes to stdout and stderr.
import sys

CHUNK = "x" * (1 << 20)


def shout(word):
    for _ in range(4096):
        print(CHUNK)
        print(CHUNK, file=sys.stderr)
        sys.__stdout__.write(CHUNK)
        sys.__stderr__.write(CHUNK)
    return word.upper() + "!"
