"""Large hidden tests for top_k_frequent: 10^5 numbers, up to 20001 distinct values."""

import random

LOW, HIGH = -10_000, 10_000
N = 100_000


def reference(nums, k):
    """The k most frequent values; fails loudly if the answer would not be unique."""
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    ranked = sorted(counts, key=lambda v: (-counts[v], v))
    assert 1 <= k <= len(ranked), "k must be between 1 and the number of distinct values"
    assert k == len(ranked) or counts[ranked[k - 1]] > counts[ranked[k]], "answer not unique"
    return ranked[:k]


def unique_cuts(nums):
    """Every k for which the answer is unique."""
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    return [k for k in range(1, len(ranked) + 1) if k == len(ranked) or ranked[k - 1] > ranked[k]]


def generate():
    rng = random.Random(20261125)
    cases = []
    # Every value in the range at least once, the rest random: 20001 distinct values.
    every = list(range(LOW, HIGH + 1))
    nums = every + [rng.randint(LOW, HIGH) for _ in range(N - len(every))]
    rng.shuffle(nums)
    cuts = unique_cuts(nums)
    cases += [(nums, cuts[0]), (nums, cuts[len(cuts) // 2]), (nums, len(set(nums)))]
    # Counts 1, 2, ..., 446 (all different) on random distinct values: any k is unique.
    values = rng.sample(range(LOW, HIGH + 1), 446)
    nums = [v for c, v in enumerate(values, start=1) for _ in range(c)]
    nums += [values[-1]] * (N - len(nums))
    rng.shuffle(nums)
    cases += [(nums, 1), (nums, 200), (nums, 446)]
    # One value everywhere; two values, nearly tied; the extremes of the range.
    cases.append(([rng.randint(LOW, HIGH)] * N, 1))
    nums = [LOW] * (N // 2 + 1) + [HIGH] * (N // 2 - 1)
    rng.shuffle(nums)
    cases.append((nums, 1))
    # Sorted input with many distinct values, where the top values sit at both ends.
    nums = sorted(
        [LOW] * 40 + [HIGH] * 39 + [rng.randint(LOW + 1, HIGH - 1) for _ in range(N - 79)]
    )
    cuts = unique_cuts(nums)
    cases.append((nums, cuts[1]))
    return [{"args": [nums, k], "expected": reference(nums, k)} for nums, k in cases]


def scaled(n, seed):
    """About n distinct values, three of them repeated (3, 4 and 5 extra times): the answer
    for k = 3 is unique, and counting each distinct value with its own pass is quadratic."""
    rng = random.Random(seed)
    n = max(n, 16)
    nums = rng.sample(range(-10 * n, 10 * n), n - 12)
    nums += [nums[0]] * 3 + [nums[1]] * 4 + [nums[2]] * 5
    rng.shuffle(nums)
    return [nums, 3]
