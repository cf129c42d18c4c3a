"""Large hidden tests for two_sum: most place the only pair so that O(n^2) cannot finish.

Within LeetCode's constraints, asserted for every test: 2 <= len(nums) <= 10^4,
-10^9 <= nums[i], target <= 10^9, exactly one answer (`python generator.py` also checks the
JSON tests).
"""

import json
import random
from pathlib import Path

N = 10_000
B = 10**9


def reference(nums, target):
    """The one pair of positions adding up to target; fails loudly if there are more or none."""
    positions = {}
    pairs = []
    for j, x in enumerate(nums):
        pairs += [[i, j] for i in positions.get(target - x, [])]
        positions.setdefault(x, []).append(j)
    assert len(pairs) == 1, f"expected exactly one pair, found {len(pairs)}"
    return pairs[0]


def generate():
    rng = random.Random(20261122)
    cases = []
    for n in (5_000, N, N):
        # Odd values only: two odd values sum to an even number, so the odd target below is
        # reached only by the one even value placed at the end plus the 3 beside it.
        nums = rng.sample(range(5, B, 2), n - 2)
        nums += [B - 4, 3]
        cases.append((nums, B - 1))
    # The pair at the two ends of the list (first and last position).
    nums = rng.sample(range(1, B // 2, 2), N)
    nums[0], nums[-1] = 2, B - 2
    cases.append((nums, B))
    # All negative: odd values again, the even one and -1 at the end.
    nums = [*rng.sample(range(-B + 1, -4, 2), N - 2), -(B // 2), -1]
    cases.append((nums, -(B // 2) - 1))
    # One value repeated everywhere; the pair is the two other values, at the end.
    cases.append(([7] * (N - 2) + [-4, 19], 15))
    # Extremes: 10^9 in the middle and -10^9 last; every other value is positive.
    nums = rng.sample(range(1, B), N - 2)
    nums.insert(N // 2, B)
    nums.append(-B)
    cases.append((nums, 0))
    return [_case(nums, target) for nums, target in cases]


def _case(nums, target):
    assert 2 <= len(nums) <= N and all(-B <= x <= B for x in nums) and -B <= target <= B
    return {"args": [nums, target], "expected": reference(nums, target)}  # asserts one pair


if __name__ == "__main__":
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert sorted(_case(*case["args"])["expected"]) == sorted(case["expected"]), case
    print(f"ok: {len(generate())} generated tests")


def scaled(n, seed):
    """Worst case of size n: distinct odd values, the only pair (an even value and 3) last,
    so a pairwise search looks at every pair."""
    rng = random.Random(seed)
    n = max(n, 4)
    nums = rng.sample(range(5, B, 2), n - 2) + [B - 4, 3]
    return [nums, B - 1]
