# expect: WA
# Returns everything it can read of environments and well-known host files; the test
# checks that nothing of the judge's environment or the host's files is in it.
import glob
import os

FILES = [
    "/proc/1/environ",
    "/proc/self/environ",
    "/etc/hostname",
    "/etc/hosts",
    "/etc/shadow",
    "/root/.ssh/id_rsa",
    "/root/.docker/config.json",
    "/proc/1/cmdline",
    "/proc/self/mountinfo",
]


def shout(word):
    seen = {"environ": dict(os.environ)}
    paths = FILES + glob.glob("/tmp/*") + glob.glob("/proc/*/environ") + glob.glob("/work/*")
    for path in paths:
        try:
            with open(path, "rb") as f:
                seen[path] = f.read(20000).decode("utf-8", "replace")
        except OSError as exc:
            seen[path] = f"error: {exc.strerror}"
    return seen
