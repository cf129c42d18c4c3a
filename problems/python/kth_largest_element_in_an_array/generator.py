"""Hidden tests for find_kth_largest: random small lists, then 10^5 numbers: random, sorted
both ways, all equal, two values only, with k from 1 to n.

Removing the maximum k times costs n · k, and quickselect that always takes the last element
as pivot is quadratic on sorted or all-equal input: neither can finish on 10^5 numbers.
`python generator.py` cross-checks the reference (counting each value) against sorting.
"""

import json
import random
from pathlib import Path

N_MAX = 10**5
V_MAX = 10**4


def reference(nums, k):
    count = [0] * (2 * V_MAX + 1)
    for x in nums:
        count[x + V_MAX] += 1
    for v in range(2 * V_MAX, -1, -1):
        k -= count[v]
        if k <= 0:
            return v - V_MAX
    raise AssertionError("k > len(nums)")


def brute(nums, k):
    return sorted(nums, reverse=True)[k - 1]


def _case(name, nums, k):
    assert 1 <= k <= len(nums) <= N_MAX and all(-V_MAX <= x <= V_MAX for x in nums)
    return {"name": name, "args": [nums, k], "expected": reference(nums, k)}


def generate():
    rng = random.Random(20260415)
    cases = []
    for i in range(8):
        n = rng.randint(2, 30)
        spread = rng.choice([3, 100, V_MAX])
        nums = [rng.randint(-spread, spread) for _ in range(n)]
        cases.append(_case(f"small-{i + 1}", nums, rng.randint(1, n)))
    n = N_MAX
    cases.append(_case("largest-random-middle", [rng.randint(-V_MAX, V_MAX) for _ in range(n)], n // 2))
    rising = sorted(rng.randint(-V_MAX, V_MAX) for _ in range(n))
    cases.append(_case("largest-sorted-rising", rising, n // 2 + 7))
    cases.append(_case("largest-sorted-falling", rising[::-1], n // 3))
    cases.append(_case("largest-all-equal", [V_MAX] * n, n // 2))
    two = [rng.choice([-V_MAX, V_MAX]) for _ in range(n)]
    cases.append(_case("largest-two-values", two, two.count(V_MAX) + 1))
    cases.append(_case("largest-k-n", [rng.randint(-V_MAX, V_MAX) for _ in range(n)], n))
    cases.append(_case("largest-k-1", [rng.randint(-V_MAX, V_MAX) for _ in range(n)], 1))
    return cases


def _self_check():
    rng = random.Random(37)
    for _ in range(5000):
        n = rng.randint(1, 20)
        nums = [rng.randint(-rng.choice([1, 5, V_MAX]), rng.choice([1, 5, V_MAX])) for _ in range(n)]
        k = rng.randint(1, n)
        assert reference(nums, k) == brute(nums, k), (nums, k)
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests {[c['expected'] for c in generate()]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n random values, k = n / 2 (removing the maximum k times is quadratic)."""
    rng = random.Random(seed)
    return [[rng.randint(-V_MAX, V_MAX) for _ in range(n)], max(n // 2, 1)]
