# expect: WA
# Tries to read the supervisor (the job with every test's input) through /proc: its memory,
# environment, descriptors and stdin. The supervisor is not dumpable, so each is refused;
# the answer lists whatever could be read, which must be nothing (hence a wrong answer).
import os


def _try(path, size=4096):
    try:
        with open(path, "rb") as f:
            return f.read(size)
    except OSError:
        return None


def shout(word):
    seen = []
    parent = os.getppid()
    for pid in {parent, 1}:
        for name in ("mem", "environ", "fd/0", "fd/1", "fd/3", "maps"):
            if _try(f"/proc/{pid}/{name}") is not None:
                seen.append(f"{pid}/{name}")
        try:
            if os.listdir(f"/proc/{pid}/fd"):
                seen.append(f"{pid}/fd listing")
        except OSError:
            pass
    return "read: " + ",".join(seen)
