"""Hidden tests for max_sub_array: small random lists checked against every subarray, then
lists of 10^5 numbers, where summing every subarray (5 · 10^9 of them) cannot finish.

`python generator.py` cross-checks the reference against the brute force on random small
inputs and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**5
V_MAX = 10**4


def reference(nums):
    # Kadane: the best run ending here either extends the best run ending just before, or not.
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best


def brute(nums):
    n = len(nums)
    return max(sum(nums[i:j]) for i in range(n) for j in range(i + 1, n + 1))


def _case(name, nums):
    assert 1 <= len(nums) <= N_MAX and all(-V_MAX <= x <= V_MAX for x in nums), name
    return {"name": name, "args": [nums], "expected": reference(nums)}


def generate():
    rng = random.Random(20260401)
    cases = []
    for i in range(8):
        nums = [rng.randint(-10, 10) for _ in range(rng.randint(1, 12))]
        cases.append(_case(f"small-random-{i + 1}", nums))
    cases.append(_case("medium-random", [rng.randint(-V_MAX, V_MAX) for _ in range(2000)]))

    n = N_MAX
    cases.append(_case("large-random", [rng.randint(-V_MAX, V_MAX) for _ in range(n)]))
    cases.append(_case("large-all-negative", [rng.randint(-V_MAX, -1) for _ in range(n)]))
    cases.append(_case("large-all-maximum", [V_MAX] * n))
    # Small gains and losses: the best run is long and starts and ends at random places.
    cases.append(_case("large-drift", [rng.randint(-100, 101) for _ in range(n)]))
    return cases


def _self_check():
    rng = random.Random(7)
    for _ in range(3000):
        nums = [rng.randint(-6, 6) for _ in range(rng.randint(1, 10))]
        assert reference(nums) == brute(nums), nums
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:9]:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests")



def scaled(n, seed):
    """n random values of either sign."""
    rng = random.Random(seed)
    return [[rng.randint(-V_MAX, V_MAX) for _ in range(max(n, 1))]]


if __name__ == "__main__":
    _self_check()
