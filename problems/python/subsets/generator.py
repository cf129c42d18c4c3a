"""Hidden tests for subsets: random lists of distinct values, several of the largest size (10).

A list of 10 numbers has 1024 subsets, so every correct approach is fast; the tests are about
getting each subset exactly once. `python generator.py` cross-checks the reference (bitmasks)
against itertools.combinations on every size, and on the JSON tests.
"""

import json
import random
from itertools import combinations
from pathlib import Path

N_MAX = 10
V_MAX = 10


def reference(nums):
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range(1 << n)]


def brute(nums):
    return [list(c) for k in range(len(nums) + 1) for c in combinations(nums, k)]


def _case(nums):
    assert 1 <= len(nums) <= N_MAX and len(set(nums)) == len(nums)
    assert all(-V_MAX <= x <= V_MAX for x in nums)
    return {"args": [nums], "expected": reference(nums)}


def generate():
    rng = random.Random(20260778)
    cases = []
    for n in (5, 6, 7, 8, 9):
        cases.append(_case(rng.sample(range(-V_MAX, V_MAX + 1), n)))
    # The largest size: random values, the extremes and zero, sorted descending, all negative.
    for _ in range(3):
        cases.append(_case(rng.sample(range(-V_MAX, V_MAX + 1), N_MAX)))
    cases.append(_case([-10, 10, 0, -9, 9, 1, -1, 5, -5, 3]))
    cases.append(_case(list(range(10, 0, -1))))
    cases.append(_case(list(range(-10, 0))))
    return cases


def _canon(subsets):
    return sorted(sorted(s) for s in subsets)


def _self_check():
    rng = random.Random(5)
    for _ in range(500):
        nums = rng.sample(range(-V_MAX, V_MAX + 1), rng.randint(1, N_MAX))
        assert _canon(reference(nums)) == _canon(brute(nums)), nums
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        got = _canon(brute(*case["args"]))
        assert got == _canon(case["expected"]) and len(case["expected"]) == len(got), case
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 15  # 2^15 subsets: the answer stays well under 1 MiB of JSON


def scaled(n, seed):
    """log2(n) distinct numbers, so about n subsets: n drives the size of the answer (the
    work per subset grows with its length too, so expect a little over O(n))."""
    rng = random.Random(seed)
    return [rng.sample(range(-V_MAX, V_MAX + 1), max(n.bit_length() - 1, 1))]
