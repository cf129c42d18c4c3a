"""Hidden tests for find_median_sorted_arrays: random small pairs of lists, then lists of
1000 numbers each (the most allowed): random, odd total, one list empty, disjoint ranges,
interleaved, and full of repeats.

`python generator.py` cross-checks the reference (binary search on the cut) against
statistics.median of both lists together, on random small lists and on the JSON tests.
"""

import json
import random
from fractions import Fraction
from itertools import pairwise
from pathlib import Path
from statistics import median

N_MAX = 1000
V = 10**6


def reference(nums1, nums2):
    a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    inf = float("inf")
    while True:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -inf
        a_right = a[i] if i < m else inf
        b_left = b[j - 1] if j > 0 else -inf
        b_right = b[j] if j < n else inf
        if a_left > b_right:
            hi = i - 1
        elif b_left > a_right:
            lo = i + 1
        else:
            left = max(a_left, b_left)
            if (m + n) % 2:
                return float(left)
            return (left + min(a_right, b_right)) / 2


def brute(nums1, nums2):
    return median(map(Fraction, nums1 + nums2))


def _case(name, nums1, nums2):
    assert len(nums1) <= N_MAX and len(nums2) <= N_MAX and len(nums1) + len(nums2) >= 1
    for nums in (nums1, nums2):
        assert all(-V <= x <= V for x in nums) and all(x <= y for x, y in pairwise(nums))
    return {"name": name, "args": [nums1, nums2], "expected": reference(nums1, nums2)}


def sorted_list(rng, k, lo=-V, hi=V):
    return sorted(rng.randint(lo, hi) for _ in range(k))


def generate():
    rng = random.Random(20260430)
    cases = []
    for i in range(4):
        m, n = rng.randint(0, 6), rng.randint(0, 6)
        if m + n == 0:
            n = 1
        cases.append(
            _case(f"small-random-{i + 1}", sorted_list(rng, m, -9, 9), sorted_list(rng, n, -9, 9))
        )

    k = N_MAX
    cases.append(_case("large-random", sorted_list(rng, k), sorted_list(rng, k)))
    cases.append(_case("large-odd-total", sorted_list(rng, k), sorted_list(rng, k - 1)))
    cases.append(_case("large-first-empty", [], sorted_list(rng, k)))
    cases.append(_case("large-second-empty", sorted_list(rng, k - 1), []))
    # Every number of the first list is below every number of the second, at the extremes.
    cases.append(_case("large-disjoint", sorted_list(rng, k, -V, -1), sorted_list(rng, k, 0, V)))
    evens = list(range(-V, -V + 2 * k, 2))
    cases.append(_case("large-interleaved", evens, [x + 1 for x in evens]))
    cases.append(_case("large-repeats", sorted_list(rng, k, 5, 7), sorted_list(rng, k, 6, 9)))
    # The median 999999.5: only half a unit from what integer arithmetic would give.
    cases.append(_case("large-half-near-max", [V - 1] * k, [V] * k))
    return cases


def _self_check():
    rng = random.Random(47)
    for _ in range(3000):
        m, n = rng.randint(0, 7), rng.randint(0, 7)
        if m + n == 0:
            continue
        spread = rng.choice([2, 10, V])
        nums1, nums2 = sorted_list(rng, m, -spread, spread), sorted_list(rng, n, -spread, spread)
        assert reference(nums1, nums2) == brute(nums1, nums2), (nums1, nums2)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case("", *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, medians {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """Two sorted lists of n / 2 random values each (reading them is O(n), so a measurement
    cannot show the search's O(log n))."""
    rng = random.Random(seed)
    n = max(n, 2)
    return [sorted_list(rng, n // 2), sorted_list(rng, n - n // 2)]


if __name__ == "__main__":
    _self_check()
