# expect: WA
# Answers under the size cap (8 x the expected answer's JSON + 1 MiB) with a list of
# empty dicts, written without spaces: each "{}," (3 bytes) decodes on the host into about
# 72 bytes of dict and list slot, so every test cost the judge ~25 MB and a second of CPU.
# The host counts an answer's values before decoding it: a wrong answer, at no cost.
import functools
import json
import sys

sys.modules["judge_worker_python"]._dumps = functools.partial(json.dumps, separators=(",", ":"))
ANSWER = [{} for _ in range(150_000)]


def shout(word):
    return ANSWER
