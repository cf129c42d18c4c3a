"""Hidden tests for max_sliding_window: small random lists checked against max() of each
window, then lists of length 10^5 with wide windows, so taking each window's max is O(n*k)."""

import random


def reference(nums, k):
    # Cut nums into blocks of k. A window covers the tail of one block and the head of the
    # next, so its max is max(suffix max in the first block, prefix max in the second).
    n = len(nums)
    prefix, suffix = nums[:], nums[:]
    for i in range(1, n):
        if i % k:
            prefix[i] = max(prefix[i - 1], nums[i])
    for i in range(n - 2, -1, -1):
        if (i + 1) % k:
            suffix[i] = max(suffix[i + 1], nums[i])
    return [max(suffix[i], prefix[i + k - 1]) for i in range(n - k + 1)]


def each_window(nums, k):
    return [max(nums[i : i + k]) for i in range(len(nums) - k + 1)]


def generate():
    rng = random.Random(20261206)
    cases = []

    def add(name, nums, k, known=None):
        expected = reference(nums, k)
        if known is not None:
            assert expected == known, name
        cases.append({"name": name, "args": [nums, k], "expected": expected})

    def values(n, low=-(10**4), high=10**4):
        return [rng.randint(low, high) for _ in range(n)]

    for i in range(40):
        nums = values(rng.randint(1, 12), *rng.choice([(-3, 3), (0, 1), (-(10**4), 10**4)]))
        k = rng.randint(1, len(nums))
        assert reference(nums, k) == each_window(nums, k)
        add(f"small-random-{i + 1}", nums, k)
    for i in range(3):
        add(f"medium-random-{i + 1}", values(2000), rng.randint(1, 2000))

    n = 100_000
    add("large-random-wide", values(n), n // 2)
    add("large-few-values-wide", values(n, -2, 2), 40_000)
    add("large-falling-wide", sorted(values(n), reverse=True), 30_000)
    add("large-rising-wide", sorted(values(n)), 60_000)
    add("large-all-equal-wide", [-7] * n, n // 2, known=[-7] * (n - n // 2 + 1))
    add("large-k-is-n", values(n), n)
    add("large-k-is-1", values(n), 1)
    # A lone peak at the very end, lower values before it.
    nums = [*values(n - 1, -(10**4), 9_999), 10**4]
    add("large-peak-at-end", nums, 50_000)
    return cases


def scaled(n, seed):
    """n random values, windows of n / 2: taking the max of every window is O(n·k) = O(n^2)."""
    rng = random.Random(seed)
    n = max(n, 2)
    return [[rng.randint(-(10**4), 10**4) for _ in range(n)], n // 2]
