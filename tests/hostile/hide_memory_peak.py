# expect: MLE
# Allocates far past the 64 MiB limit, frees it, then resets the kernel's high-water mark
# (/proc/self/clear_refs) and replaces anything named like a memory probe, so that a peak
# read at the end of the test looks small. The supervisor samples the worker while it runs.
import os
import sys

_main = sys.modules["__main__"]
for name in dir(_main):
    if "peak" in name or "memory" in name:
        setattr(_main, name, lambda *args: 0)


def shout(word):
    block = bytearray(200 << 20)
    for i in range(0, len(block), 4096):
        block[i] = 1
    del block
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass
    return word.upper() + "!"
