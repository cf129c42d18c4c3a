# expect: RTE
# Tries each place memory can be kept that no process's resident size shows: memfd files
# written and never mapped, SysV shared memory, files in /dev/shm, and the buffers of many
# pipes. 420 MB in memfd files under a 256 MB limit was accepted. memfd_create and shmget
# are refused, /dev/shm is not there, and few descriptors bound the pipes (64, at most
# 1 MiB each): each way must fail, and then the test fails as a runtime error.
import contextlib
import ctypes
import fcntl
import os

LIBC = ctypes.CDLL(None, use_errno=True)
MB = 1 << 20


def kept_elsewhere():
    with contextlib.suppress(OSError):
        fd = os.memfd_create("hoard")
        os.write(fd, b"x" * MB)
        return True
    if LIBC.shmget(0, 64 * MB, 0o1600) >= 0:  # IPC_PRIVATE, IPC_CREAT | 0600
        return True
    with contextlib.suppress(OSError), open("/dev/shm/hoard", "wb") as f:
        f.write(b"x" * MB)
        return True
    pipes = []
    with contextlib.suppress(OSError):
        for _ in range(1000):
            r, w = os.pipe()
            pipes.append((r, w))
    held = 0
    for _, w in pipes:
        with contextlib.suppress(OSError):
            fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, MB)
            os.set_blocking(w, False)
            with contextlib.suppress(BlockingIOError):
                while True:
                    held += os.write(w, b"x" * 65536)
    return held > 256 * MB


def shout(word):
    if kept_elsewhere():
        return word.upper() + "!"
    raise RuntimeError("nowhere to keep memory unseen")
