# expect: AC
# Tries to write anywhere but /tmp (and to run a program written to /tmp); the answer is
# right only if every attempt failed, else it names what worked.
import os
import subprocess

TARGETS = [
    "/solution-was-here",
    "/opt/judge/harness/pyharness.py",
    "/opt/judge/harness/new.py",
    "/etc/passwd",
    "/home/x",
    "/var/tmp/x",
    "/dev/shm/x",
    "/root/x",
    "/usr/lib/python3/dist-packages/sitecustomize.py",
]


def _escapes():
    worked = []
    for path in TARGETS:
        try:
            with open(path, "a") as f:
                f.write("# pwned\n")
            worked.append(path)
        except OSError:
            pass
    script = "/tmp/run.sh"
    try:
        with open(script, "w") as f:
            f.write("#!/bin/sh\necho ran\n")
        os.chmod(script, 0o755)
        subprocess.run([script], check=True, capture_output=True, timeout=5)
        worked.append(script)
    except (OSError, subprocess.SubprocessError):
        pass
    return worked


def shout(word):
    worked = _escapes()
    return "ESCAPED: " + " ".join(worked) if worked else word.upper() + "!"
