"""Hidden tests for find_min: random small rotated lists, then lists of 5000 numbers (the
most allowed) rotated at random, not at all, by one, and with the minimum last.

`python generator.py` cross-checks the reference (binary search) against min(), on random
small lists and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 5000
V = 5000


def reference(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]


def brute(nums):
    return min(nums)


def rotated(values, times):
    """`values` sorted, then its last element moved to the front `times` times."""
    values = sorted(values)
    k = times % len(values)
    return values[len(values) - k :] + values[: len(values) - k]


def _case(name, nums):
    n = len(nums)
    assert 1 <= n <= N_MAX and len(set(nums)) == n and all(-V <= x <= V for x in nums)
    # Sorted, then rotated: going round the list cyclically, the values drop at most once.
    drops = sum(nums[i] > nums[(i + 1) % n] for i in range(n))
    assert drops <= 1
    return {"name": name, "args": [nums], "expected": reference(nums)}


def generate():
    rng = random.Random(20260428)
    cases = []
    for i in range(8):
        n = rng.randint(1, 10)
        cases.append(
            _case(
                f"small-random-{i + 1}", rotated(rng.sample(range(-20, 21), n), rng.randint(1, n))
            )
        )

    n = N_MAX
    values = rng.sample(range(-V, V + 1), n)
    cases.append(_case("large-random-rotation", rotated(values, rng.randint(2, n - 2))))
    cases.append(_case("large-sorted", rotated(values, n)))
    cases.append(_case("large-rotated-once", rotated(values, 1)))
    cases.append(_case("large-minimum-last", rotated(values, n - 1)))
    cases.append(_case("large-full-range", rotated(range(-V, -V + n), n // 2 + 1)))
    return cases


def _self_check():
    rng = random.Random(41)
    for _ in range(3000):
        n = rng.randint(1, 12)
        nums = rotated(rng.sample(range(-15, 16), n), rng.randint(1, n))
        assert reference(nums) == brute(nums), nums
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case("", *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, minima {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n sorted distinct values rotated at a random place (reading them is O(n), so a
    measurement cannot show the search's O(log n))."""
    rng = random.Random(seed)
    n = max(n, 1)
    v = max(V, n)
    values = sorted(rng.sample(range(-v, v + 1), n))
    return [rotated(values, rng.randrange(n))]


if __name__ == "__main__":
    _self_check()
