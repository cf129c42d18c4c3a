"""Hidden tests for two_sum_ii_input_array_is_sorted: random small lists and lists of 3 · 10^4.

LeetCode's constraints hold for every test (asserted in `_case`): 2 <= n <= 3 * 10^4, values
and target in [-1000, 1000], exactly one pair. With so few distinct values the long lists are
mostly repeats; the filler values are chosen so that none of them can be part of a pair
(negative filler under a positive target, odd filler under an odd target, ...). In most of
them the pair sits near the end or in the middle, so trying all pairs cannot finish. `python generator.py` cross-checks the reference against a brute force
on random small inputs and on the JSON tests.
"""

import json
import random
from collections import Counter
from pathlib import Path

N_MAX = 30_000
V_MAX = 1000


def reference(numbers, target):
    # Independent of the two-pointer idea: remember the first position of each value.
    first = {}
    for j, x in enumerate(numbers):
        if target - x in first:
            return [first[target - x] + 1, j + 1]
        first.setdefault(x, j)
    raise ValueError("no pair")


def brute_pairs(numbers, target):
    n = len(numbers)
    return [
        [i + 1, j + 1]
        for i in range(n)
        for j in range(i + 1, n)
        if numbers[i] + numbers[j] == target
    ]


def count_pairs(numbers, target):
    """How many position pairs add up to target, in O(n)."""
    count = Counter(numbers)
    total = 0
    for v, c in count.items():
        w = target - v
        if v < w:
            total += c * count.get(w, 0)
        elif v == w:
            total += c * (c - 1) // 2
    return total


def _case(numbers, target):
    assert 2 <= len(numbers) <= N_MAX and numbers == sorted(numbers)
    assert all(-V_MAX <= x <= V_MAX for x in numbers) and -V_MAX <= target <= V_MAX
    assert count_pairs(numbers, target) == 1, "the answer must be unique"
    return {"args": [numbers, target], "expected": reference(numbers, target)}


def _small(rng):
    while True:
        n = rng.randint(2, 12)
        numbers = sorted(rng.randint(-10, 10) for _ in range(n))
        i, j = sorted(rng.sample(range(n), 2))
        target = numbers[i] + numbers[j]
        if count_pairs(numbers, target) == 1:
            return numbers, target


def generate():
    rng = random.Random(20260302)
    cases = [_case(*_small(rng)) for _ in range(8)]
    n = N_MAX

    # Negative filler under a positive target: the pair is the two positive values at the end.
    filler = [rng.randint(-V_MAX, -1) for _ in range(n - 2)]
    cases.append(_case(sorted([*filler, 400, 599]), 999))
    # The same with one value repeated everywhere.
    cases.append(_case([-7] * (n - 2) + [3, 4], 7))
    # Odd filler under an odd target: only the one even value and its odd partner (absent
    # from the filler) reach it; they land in the middle of the list.
    partner, even = 1, -2
    odds = [rng.randrange(-999, 1000, 2) for _ in range(n - 2)]
    odds = [x for x in odds if x != partner] + [3] * sum(x == partner for x in odds)
    cases.append(_case(sorted([*odds, partner, even]), partner + even))
    # Both extremes, at the two ends, around positive filler that never sums to 0.
    filler = [rng.randint(1, V_MAX - 1) for _ in range(n - 2)]
    cases.append(_case([-V_MAX, *sorted(filler), V_MAX], 0))
    # The smallest target, from two equal values at the start; the filler is all above -500.
    filler = [rng.randint(-499, V_MAX) for _ in range(n - 2)]
    cases.append(_case([-500, -500, *sorted(filler)], -V_MAX))
    # The largest target from 0 and 1000, after filler of negative values only.
    filler = [rng.randint(-V_MAX, -1) for _ in range(n - 2)]
    cases.append(_case([*sorted(filler), 0, V_MAX], V_MAX))
    return cases


def _self_check():
    rng = random.Random(11)
    for _ in range(5000):
        numbers, target = _small(rng)
        assert [reference(numbers, target)] == brute_pairs(numbers, target)
        assert count_pairs(numbers, target) == len(brute_pairs(numbers, target))
    for _ in range(2000):  # count_pairs also when there is not exactly one pair
        numbers = sorted(rng.randint(-5, 5) for _ in range(rng.randint(0, 9)))
        target = rng.randint(-10, 10)
        assert count_pairs(numbers, target) == len(brute_pairs(numbers, target))
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(*case["args"])
            assert brute_pairs(*case["args"]) == [case["expected"]], case
    cases = generate()
    for case in cases:
        numbers, target = case["args"]
        i, j = case["expected"]
        assert 1 <= i < j <= len(numbers) and numbers[i - 1] + numbers[j - 1] == target
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n sorted values whose only pair is the last two (the only odd and even ones above
    zero): a search over pairs from the left meets every pair, two pointers walk the whole
    list."""
    rng = random.Random(seed)
    n = max(n, 2)
    numbers = sorted(rng.choice(range(-8 * n, 0, 2)) for _ in range(n - 2))
    return [[*numbers, 10 * n - 1, 10 * n], 20 * n - 1]
