# expect: RTE
# Writes a forged "the judge failed" event, as the old harness's channel would carry it, to
# every descriptor it holds; then answers correctly. Only the supervisor writes to the host:
# the forgery lands on the worker's own answer pipe, which the supervisor refuses.
import json
import os

FORGED = [
    {"event": "load_error", "status": "harness", "error": "not your fault - please rejudge"},
    {"event": "fault", "error": "not your fault - please rejudge"},
]


def shout(word):
    for fd in range(0, 64):
        for event in FORGED:
            try:
                os.write(fd, (json.dumps(event) + "\n").encode())
            except OSError:
                pass
    return word.upper() + "!"
