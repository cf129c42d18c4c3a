# expect: RTE|MLE
# Writes, on every descriptor it holds, a frame header and then megabytes of nested empty
# lists: what would cost gigabytes to decode. The supervisor counts the nesting before it
# decodes anything and refuses the answer.
import os
import struct

BODY = b"[" + b"[]," * (4 << 20) + b"[]]"


def shout(word):
    frame = struct.pack(">I", len(BODY)) + BODY
    for fd in range(3, 64):
        try:
            os.write(fd, frame)
        except OSError:
            pass
    return word.upper() + "!"
