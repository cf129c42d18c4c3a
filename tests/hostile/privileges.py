# expect: AC
# Tries to become root, mount, change root, reach kernel interfaces, find a compiler.
# Right only if all of it failed.
import ctypes
import os
import shutil


def _write(path, text):
    with open(path, "w") as f:
        f.write(text)


def _read(path):
    with open(path, "rb") as f:
        return f.read(1)


def _gained():
    gained = []
    for name, attempt in [
        ("setuid", lambda: os.setuid(0)),
        ("setgid", lambda: os.setgid(0)),
        ("chroot", lambda: os.chroot("/tmp")),
        ("sysrq", lambda: _write("/proc/sysrq-trigger", "h")),
        ("kmsg", lambda: _read("/dev/kmsg")),
        ("mem", lambda: _read("/dev/mem")),
    ]:
        try:
            attempt()
            gained.append(name)
        except (OSError, ValueError):
            pass
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0:
            gained.append("mount")
        if libc.unshare(0x10000000) == 0:  # CLONE_NEWUSER
            gained.append("unshare")
    except OSError:
        pass
    for tool in ("gcc", "cc", "tcc", "clang", "ld", "as", "pip", "curl", "wget"):
        if shutil.which(tool):
            gained.append(tool)
    if os.geteuid() == 0 or os.getuid() == 0:
        gained.append("root")
    return gained


def shout(word):
    gained = _gained()
    return "GAINED: " + " ".join(gained) if gained else word.upper() + "!"
