"""Hidden tests for max_profit: small random ones checked against every pair, then large ones
where every pair must be looked at (falling prices, the best trade spanning the whole list)."""

import random
from itertools import accumulate


def reference(prices):
    # Selling on day j, the best buy is the cheapest price on days 0..j.
    lows = accumulate(prices, min)
    return max(p - low for p, low in zip(prices, lows, strict=True))


def every_pair(prices):
    n = len(prices)
    return max([0] + [prices[j] - prices[i] for i in range(n) for j in range(i + 1, n)])


def generate():
    rng = random.Random(20261201)
    cases = []

    def add(name, prices, known=None):
        # LeetCode: 1 <= len(prices) <= 10^5, 0 <= prices[i] <= 10^4.
        assert 1 <= len(prices) <= 10**5 and all(0 <= p <= 10**4 for p in prices), name
        expected = reference(prices)
        if known is not None:
            assert expected == known, name
        cases.append({"name": name, "args": [prices], "expected": expected})

    for i in range(40):
        prices = [rng.randint(0, 20) for _ in range(rng.randint(1, 10))]
        assert reference(prices) == every_pair(prices)
        add(f"small-random-{i + 1}", prices)
    for i in range(3):
        add(f"medium-random-{i + 1}", [rng.randint(0, 10**4) for _ in range(2000)])

    n = 100_000
    add("large-random", [rng.randint(0, 10**4) for _ in range(n)])
    add("large-all-equal", [4321] * n, known=0)
    falling = sorted((rng.randint(0, 10**4) for _ in range(n)), reverse=True)
    add("large-falling", falling, known=0)
    # The only profitable trade: buy on day 0 at 0, sell on the last day at 10^4.
    middle = [rng.randint(1, 9_999) for _ in range(n - 2)]
    add("large-whole-span", [0, *sorted(middle, reverse=True), 10**4], known=10**4)
    # Prices drift down; the best trade buys near the end and sells on the last day.
    drift = [10**4 - 50 - (i * 9_000) // n + rng.randint(0, 50) for i in range(n - 1)]
    add("large-rise-at-end", [*drift, 10**4], known=10**4 - min(drift))
    return cases


def scaled(n, seed):
    """n random prices: every pair of days is a candidate trade."""
    rng = random.Random(seed)
    return [[rng.randint(0, 10**4) for _ in range(max(n, 1))]]
