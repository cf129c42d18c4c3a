# expect: RTE
# Fills the scratch directory until the file system refuses.
import os


def shout(word):
    with open(os.path.join("/tmp", "fill"), "wb") as f:
        while True:
            f.write(b"\0" * (1 << 20))
            f.flush()
