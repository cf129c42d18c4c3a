# expect: WA
# Prints lines that imitate the harness's result format (right answers for every test, a
# `done`) by every route to stdout, then returns wrong answers: the prints must stay prints.
import json
import os
import sys

ANSWERS = ["HELLO!", "QUIET-PLEASE!"]


def _fake():
    lines = [
        json.dumps(
            {
                "event": "test",
                "index": i,
                "status": "ok",
                "time": 0.0,
                "memory_kb": 1,
                "value_json": json.dumps(a),
            }
        )
        for i, a in enumerate(ANSWERS)
    ]
    lines.append(json.dumps({"event": "done"}))
    text = "\n".join(lines) + "\n"
    print(text)
    sys.__stdout__.write(text)
    sys.__stdout__.flush()
    os.write(1, text.encode())
    os.write(2, text.encode())


_fake()


def shout(word):
    _fake()
    return word
