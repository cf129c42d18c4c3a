"""Hidden tests for find_target_sum_ways: small random ones checked against every choice of
signs, then twenty numbers (the most allowed), where trying the 2^20 sign choices one by one
takes about 2 · 10^6 calls.

`python generator.py` cross-checks the reference against the brute force on random small
inputs and on the JSON tests.
"""

import json
import random
from collections import Counter
from itertools import product
from pathlib import Path

N_MAX = 20
SUM_MAX = 1000
TARGET_MAX = 1000


def reference(nums, target):
    # ways[s]: how many sign choices for the numbers seen so far give the sum s.
    ways = Counter({0: 1})
    for x in nums:
        after = Counter()
        for s, k in ways.items():
            after[s + x] += k
            after[s - x] += k
        ways = after
    return ways[target]


def brute(nums, target):
    return sum(1 for signs in product((1, -1), repeat=len(nums)) if sum(s * x for s, x in zip(signs, nums)) == target)


def _case(name, nums, target):
    assert 1 <= len(nums) <= N_MAX and all(0 <= x <= SUM_MAX for x in nums)
    assert sum(nums) <= SUM_MAX and -TARGET_MAX <= target <= TARGET_MAX
    return {"name": name, "args": [nums, target], "expected": reference(nums, target)}


def generate():
    rng = random.Random(20260494)
    cases = []
    for i in range(5):
        nums = [rng.randint(0, 6) for _ in range(rng.randint(1, 10))]
        # Mostly reachable targets (the parity of the sum), now and then any target.
        target = sum(nums) - 2 * rng.randint(0, sum(nums)) if i < 4 else rng.randint(-9, 9)
        cases.append(_case(f"small-random-{i + 1}", nums, target))
    # Twenty numbers: plain recursion makes 2^21 calls whatever the values.
    cases.append(_case("largest-ones", [1] * N_MAX, 0))
    cases.append(_case("largest-zeros", [0] * N_MAX, 0))
    # Twenty numbers adding up to 1000, spread out so that many partial sums differ.
    cuts = sorted(rng.sample(range(1, SUM_MAX), N_MAX - 1))
    spread = [b - a for a, b in zip([0, *cuts], [*cuts, SUM_MAX])]
    cases.append(_case("largest-spread", spread, 2 * rng.randint(-40, 40)))
    cases.append(_case("largest-with-zeros", [0, 0, 0, *spread[3:]], sum(spread[3:]) - 2 * spread[5]))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(1500):
        nums = [rng.randint(0, rng.choice([1, 3, 10])) for _ in range(rng.randint(1, 10))]
        target = rng.randint(-sum(nums) - 2, sum(nums) + 2)
        assert reference(nums, target) == brute(nums, target), (nums, target)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:5]:
        assert brute(*case["args"]) == case["expected"]
    assert cases[6]["expected"] == 2**N_MAX
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



# Trying sign choices is 2^n; the table is n times the sum, and the sum stays within 1000,
# so the list can grow to 1000 numbers (mostly 0 and 1: the answer is a big integer).
SCALED_MAX = 1000


def scaled(n, seed):
    """n numbers summing to at most 1000 and a reachable target."""
    rng = random.Random(seed)
    n = max(n, 1)
    top = max(1, SUM_MAX // n)
    nums = [rng.randint(0, top) for _ in range(n)]
    return [nums, rng.choice([-1, 1]) * (sum(nums) % 2)]


if __name__ == "__main__":
    _self_check()
