# expect: WA
# Lifts the worker's own nesting cap (200 levels) by replacing its conversion, then returns
# a list 500 deep: the host decodes it (json.loads goes to about 990 levels) but refuses it
# as nested too deeply before any checker, report or renderer recurses over it.
import sys

_worker = sys.modules.get("judge_worker_python")
if _worker is not None:
    _worker._plain = lambda value, kind: value


def shout(word):
    value = []
    for _ in range(500):
        value = [value]
    return value
