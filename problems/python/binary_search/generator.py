"""Hidden tests for search: random small lists, then lists of 10^4 numbers (the longest
allowed) with the target first, last, missing inside the range and beyond either end.

`python generator.py` cross-checks the reference against a linear scan, on random small
lists and on the JSON tests.
"""

import json
import random
from bisect import bisect_left
from itertools import pairwise
from pathlib import Path

N_MAX = 10**4
V = 10**4  # values and target lie strictly between -V and V


def reference(nums, target):
    i = bisect_left(nums, target)
    return i if i < len(nums) and nums[i] == target else -1


def brute(nums, target):
    return next((i for i, x in enumerate(nums) if x == target), -1)


def _case(name, nums, target):
    assert 1 <= len(nums) <= N_MAX and -V < target < V
    assert all(-V < x < V for x in nums)
    assert all(a < b for a, b in pairwise(nums))
    return {"name": name, "args": [nums, target], "expected": reference(nums, target)}


def generate():
    rng = random.Random(20260425)
    cases = []
    for i in range(8):
        nums = sorted(rng.sample(range(-20, 21), rng.randint(1, 10)))
        target = rng.choice(nums) if i % 2 else rng.randint(-21, 21)
        cases.append(_case(f"small-random-{i + 1}", nums, target))

    n = N_MAX
    nums = sorted(rng.sample(range(-V + 1, V), n))
    cases.append(_case("large-first", nums, nums[0]))
    cases.append(_case("large-last", nums, nums[-1]))
    cases.append(_case("large-middle", nums, nums[rng.randrange(n)]))
    gaps = [a + 1 for a, b in pairwise(nums) if b - a > 1]
    cases.append(_case("large-missing-inside", nums, rng.choice(gaps)))
    evens = list(range(-V + 2, V, 2))[:n]
    cases.append(_case("large-below-all", evens, -V + 1))
    cases.append(_case("large-above-all", evens, V - 1))
    return cases


def _self_check():
    rng = random.Random(29)
    for _ in range(3000):
        nums = sorted(rng.sample(range(-15, 16), rng.randint(1, 12)))
        target = rng.randint(-17, 17)
        assert reference(nums, target) == brute(nums, target), (nums, target)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case("", *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n sorted distinct values and a target missing from inside their range. The search is
    O(log n) but reading the list is O(n), so a measurement shows O(n)."""
    rng = random.Random(seed)
    n = max(n, 2)
    v = max(V, n + 1)
    nums = sorted(rng.sample(range(-v + 1, v, 2), n))  # odd offsets from -v + 1
    return [nums, nums[n // 2] + 1]


if __name__ == "__main__":
    _self_check()
