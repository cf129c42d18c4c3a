# expect: WA
# Rewrites what the harness reports: patches json.dumps and the harness's own functions so
# every test claims "ok" with the right value, while returning wrong answers. The host
# checks values itself, so the claims change nothing.
import json
import sys

_dumps = json.dumps
harness = sys.modules["__main__"]


def _claim(obj, *args, **kwargs):
    if isinstance(obj, dict) and obj.get("event") == "test":
        obj = dict(obj, status="ok", error="", time=0.0)
    return _dumps(obj, *args, **kwargs)


json.dumps = _claim
for _name in ("to_plain",):
    if hasattr(harness, _name):
        setattr(harness, _name, lambda value, *a, **k: value)


def shout(word):
    return word.lower()
