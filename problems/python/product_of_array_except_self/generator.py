"""Large hidden tests for product_except_self: 10^5 numbers, mostly ±1 so products stay small."""

import random

N = 100_000
INT32 = (-(2**31), 2**31 - 1)


def reference(nums):
    """Counts zeros, then divides the product of the non-zero elements (exact integers)."""
    for part in (nums, nums[::-1]):
        product = 1
        for x in part:
            product *= x
            assert INT32[0] <= product <= INT32[1], "a prefix or suffix product overflows 32 bits"
    zeros = nums.count(0)
    rest = 1
    for x in nums:
        if x != 0:
            rest *= x
    if zeros >= 2:
        return [0] * len(nums)
    if zeros == 1:
        return [rest if x == 0 else 0 for x in nums]
    return [rest // x for x in nums]


def signs(rng, n):
    return [rng.choice((-1, 1)) for _ in range(n)]


def sprinkle(rng, nums, values):
    """Put `values` at distinct random positions of nums."""
    for pos, value in zip(rng.sample(range(len(nums)), len(values)), values, strict=True):
        nums[pos] = value
    return nums


def generate():
    rng = random.Random(20261126)
    inputs = []
    # ±1 with a few larger factors: the total stays below 2^31 in absolute value.
    inputs.append(sprinkle(rng, signs(rng, N), [2] * 15 + [-3] * 3 + [3] * 2 + [30]))
    # Extremes of the range: six of ±30 among ±1 (30^6 < 2^31).
    inputs.append(sprinkle(rng, signs(rng, N), [30, -30, 30, -30, 30, -30]))
    # One zero in the middle; one zero at each end; two zeros far apart.
    inputs.append(sprinkle(rng, signs(rng, N), [0, 7, -5, 2, 2]))
    inputs.append([0, *sprinkle(rng, signs(rng, N - 1), [3, 3, -2])])
    inputs.append([*sprinkle(rng, signs(rng, N - 1), [29, -2]), 0])
    inputs.append([0, *sprinkle(rng, signs(rng, N - 2), [5, -7]), 0])
    # All ones, and all minus ones (an even length, so every answer is -1).
    inputs.append([1] * N)
    inputs.append([-1] * N)
    return [{"args": [nums], "expected": reference(nums)} for nums in inputs]


def scaled(n, seed):
    """n values of ±1 (no zero, so no shortcut), products staying small."""
    rng = random.Random(seed)
    return [[rng.choice((-1, 1)) for _ in range(max(n, 2))]]
