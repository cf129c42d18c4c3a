"""Hidden tests for erase_overlap_intervals: small random cases checked against every subset
of intervals, then 10^5 intervals, where a dynamic programme over every pair (5 · 10^9 pairs)
cannot finish.

`python generator.py` cross-checks the reference against the search on random small inputs
and on the JSON tests.
"""

import json
import random
from itertools import combinations
from pathlib import Path

N_MAX = 10**5
V_MAX = 5 * 10**4


def reference(intervals):
    # Keep the interval that ends first, then the next one starting at or after its end, ...
    kept = 0
    end = -float("inf")
    for a, b in sorted(intervals, key=lambda iv: iv[1]):
        if a >= end:
            kept += 1
            end = b
    return len(intervals) - kept


def brute(intervals):
    n = len(intervals)
    for k in range(n, 0, -1):
        for chosen in combinations(sorted(intervals), k):
            if all(x[1] <= y[0] for x, y in zip(chosen, chosen[1:])):
                return n - k
    return n


def _case(name, intervals):
    assert 1 <= len(intervals) <= N_MAX, name
    assert all(len(iv) == 2 and -V_MAX <= iv[0] < iv[1] <= V_MAX for iv in intervals), name
    return {"name": name, "args": [intervals], "expected": reference(intervals)}


def _random(rng, n, low, high, longest):
    out = []
    for _ in range(n):
        a = rng.randint(low, high - 1)
        out.append([a, min(high, a + rng.randint(1, longest))])
    return out


def generate():
    rng = random.Random(20260409)
    cases = []
    for i in range(10):
        cases.append(_case(f"small-random-{i + 1}", _random(rng, rng.randint(1, 8), -6, 6, 4)))

    n = N_MAX
    cases.append(_case("large-random", _random(rng, n, -V_MAX, V_MAX, 100)))
    cases.append(_case("large-random-long", _random(rng, n, -V_MAX, V_MAX, 20000)))
    # A touching chain of length-2 intervals, each twice: half of them must go.
    chain = [[x, x + 2] for x in range(-V_MAX, V_MAX, 2)]
    pairs = chain * 2
    rng.shuffle(pairs)
    cases.append(_case("large-chain-pairs", pairs))
    # Nested intervals around 0: only one can stay.
    cases.append(_case("large-nested", [[-1 - i % V_MAX, 1 + i % V_MAX] for i in range(n)]))
    return cases


def _self_check():
    rng = random.Random(41)
    for _ in range(2000):
        intervals = _random(rng, rng.randint(1, 7), -4, 4, 3)
        assert reference(intervals) == brute(intervals), intervals
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:10]:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n random intervals of up to 100 over 5 * 10^4: many overlap."""
    rng = random.Random(seed)
    return [_random(rng, max(n, 1), -V_MAX, V_MAX, 100)]


if __name__ == "__main__":
    _self_check()
