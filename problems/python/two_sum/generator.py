"""Large hidden tests for two_sum: the only pair sits at the far end, so O(n^2) cannot finish."""

import random


def generate():
    rng = random.Random(20261122)
    cases = []
    for n in (50_000, 100_000, 100_000):
        # Odd values only: two odd values sum to an even number, so the odd target below is
        # reached only by the one even value placed at the end plus the 3 beside it.
        nums = rng.sample(range(5, 10**9, 2), n - 2)
        nums += [10**9, 3]
        cases.append({"args": [nums, 10**9 + 3], "expected": [n - 2, n - 1]})
    return cases
