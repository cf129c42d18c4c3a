"""Hidden tests for search: random small rotated lists, then lists of 5000 numbers (the most
allowed), rotated or not, with the target at either end of each sorted part, missing, and
beyond every value.

`python generator.py` cross-checks the reference (one binary search) against a linear scan,
on random small lists and on the JSON tests.
"""

import json
import random
from itertools import pairwise
from pathlib import Path

N_MAX = 5000
V = 10**4


def reference(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif nums[mid] < target <= nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def brute(nums, target):
    return nums.index(target) if target in nums else -1


def rotated(values, cut):
    """`values` sorted, then the part from `cut` on moved to the front."""
    values = sorted(values)
    return values[cut:] + values[:cut]


def _case(name, nums, target):
    n = len(nums)
    assert 1 <= n <= N_MAX and len(set(nums)) == n
    assert all(-V <= x <= V for x in nums) and -V <= target <= V
    assert sum(nums[i] > nums[(i + 1) % n] for i in range(n)) <= 1  # sorted, then rotated
    return {"name": name, "args": [nums, target], "expected": reference(nums, target)}


def generate():
    rng = random.Random(20260429)
    cases = []
    for i in range(5):
        n = rng.randint(1, 10)
        nums = rotated(rng.sample(range(-20, 21), n), rng.randrange(n))
        target = rng.choice(nums) if i % 2 else rng.randint(-21, 21)
        cases.append(_case(f"small-random-{i + 1}", nums, target))

    n = N_MAX
    values = sorted(rng.sample(range(-V, V + 1), n))
    cut = rng.randint(n // 4, 3 * n // 4)
    nums = rotated(values, cut)
    cases.append(_case("large-first-element", nums, nums[0]))
    cases.append(_case("large-largest", nums, values[-1]))
    cases.append(_case("large-smallest", nums, values[0]))
    cases.append(_case("large-last-element", nums, nums[-1]))
    gaps = [a + 1 for a, b in pairwise(values) if b - a > 1]
    cases.append(_case("large-missing", nums, rng.choice(gaps)))
    cases.append(_case("large-not-rotated", values, values[rng.randrange(n)]))
    cases.append(_case("large-cut-before-last", rotated(values, n - 1), values[-2]))
    return cases


def _self_check():
    rng = random.Random(43)
    for _ in range(3000):
        n = rng.randint(1, 12)
        nums = rotated(rng.sample(range(-15, 16), n), rng.randrange(n))
        target = rng.randint(-16, 16)
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
    """n distinct values rotated at a random place and a target that is missing (reading the
    list is O(n), so a measurement cannot show the search's O(log n))."""
    rng = random.Random(seed)
    n = max(n, 1)
    v = max(V, n + 1)
    values = sorted(rng.sample(range(-v, v + 1, 2), n))
    return [rotated(values, rng.randrange(n)), values[n // 2] + 1]


if __name__ == "__main__":
    _self_check()
