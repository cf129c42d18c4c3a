# expect: RTE
# Writes, on every descriptor it holds, one small frame nested 50,000 lists deep: few
# containers (under the count cap) but deeper than a JSON decoder can recurse. The
# supervisor must refuse it as an unreadable answer, never fail itself (an IE) on it.
import os
import struct

BODY = b"[" * 50_000 + b"]" * 50_000


def shout(word):
    frame = struct.pack(">I", len(BODY)) + BODY
    for fd in range(3, 64):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    return word.upper() + "!"
