"""Large hidden tests for longest_consecutive: long runs of 10^5 values defeat O(n^2) scans."""

import random

N = 100_000
LOW, HIGH = -(10**9), 10**9


def reference(nums):
    """Sorts the distinct values and measures each run of +1 steps."""
    values = sorted(set(nums))
    best = run = 0
    for i, v in enumerate(values):
        run = run + 1 if i > 0 and v == values[i - 1] + 1 else 1
        best = max(best, run)
    return best


def shuffled(rng, values):
    values = list(values)
    rng.shuffle(values)
    return values


def generate():
    rng = random.Random(20261127)
    inputs = []
    # One run of 10^5 values, shuffled; the same run in descending order.
    start = rng.randint(LOW, HIGH - N)
    inputs.append(shuffled(rng, range(start, start + N)))
    inputs.append(list(range(start + N - 1, start - 1, -1)))
    # Runs touching both ends of the range.
    ends = list(range(LOW, LOW + N // 2)) + list(range(HIGH - N // 2 + 1, HIGH + 1))
    inputs.append(shuffled(rng, ends))
    # 5 * 10^4 values around zero, each twice.
    inputs.append(shuffled(rng, list(range(-N // 4, N // 4)) * 2))
    # Two runs of 5 * 10^4 with one value missing between them, and a run of one on the far side.
    inputs.append(shuffled(rng, [v for v in range(N) if v != N // 2] + [-10]))
    # 10^5 random values over the whole range: runs of one or two.
    inputs.append([rng.randint(LOW, HIGH) for _ in range(N)])
    # Even numbers only: no run is longer than 1, however the values are ordered.
    inputs.append(shuffled(rng, range(0, 2 * N, 2)))
    # A long run hidden among random noise: 6 * 10^4 in a row plus 4 * 10^4 random.
    noise = [rng.randint(LOW, HIGH) for _ in range(40_000)]
    inputs.append(shuffled(rng, list(range(-30_000, 30_000)) + noise))
    # One value 10^5 times.
    inputs.append([HIGH] * N)
    return [{"args": [nums], "expected": reference(nums)} for nums in inputs]


def scaled(n, seed):
    """The values 0..n-1 shuffled: one run as long as the list, so walking a run from every
    value, or looking values up in a list, is quadratic."""
    rng = random.Random(seed)
    nums = list(range(n))
    rng.shuffle(nums)
    return [nums]
