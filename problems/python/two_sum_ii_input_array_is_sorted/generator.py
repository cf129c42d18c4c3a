"""Hidden tests for two_sum_ii_input_array_is_sorted: random small lists and lists of 10^5.

In the long lists the one pair sits near the end (or is made unique by parity), so trying all
pairs cannot finish. `python generator.py` cross-checks the reference against a brute force
on random small inputs and on the JSON tests.
"""

import json
import random
from collections import Counter
from pathlib import Path

N_MAX = 100_000
V_MAX = 10**9


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
    assert len(numbers) >= 2 and numbers == sorted(numbers)
    assert all(-V_MAX <= x <= V_MAX for x in numbers) and abs(target) <= 2 * V_MAX
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


def _parity(rng, odds, partner):
    """Odd values, `partner` once and one even value: only that even value and `partner`
    reach the odd target, whatever the repeats among the other odd values."""
    assert partner % 2 == 1 and partner not in odds
    even = rng.randrange(-V_MAX // 2, V_MAX // 2, 2)
    return sorted([*odds, partner, even]), even + partner


def generate():
    rng = random.Random(20260302)
    cases = [_case(*_small(rng)) for _ in range(8)]

    # Strictly increasing: the largest sum belongs to the last two positions only.
    numbers = [*sorted(rng.sample(range(-V_MAX, V_MAX - 1), N_MAX - 2)), V_MAX - 1, V_MAX]
    cases.append(_case(numbers, 2 * V_MAX - 1))

    # The two smallest values, equal, at the very start (brute force finds these fast).
    numbers = [-V_MAX, -V_MAX, *sorted(rng.sample(range(-V_MAX + 1, V_MAX), N_MAX - 2))]
    cases.append(_case(numbers, -2 * V_MAX))

    # Odd values and one even value: the pair sits wherever those land.
    odds = sorted(rng.sample(range(-V_MAX + 1, V_MAX, 2), N_MAX - 1))
    cases.append(_case(*_parity(rng, odds[:-2] + odds[-1:], odds[-2])))
    cases.append(_case(*_parity(rng, odds[1:], odds[0])))
    # Heavy repeats of a few thousand odd values; the partner is the largest value.
    odds = [rng.randrange(-9_999, 10_000, 2) for _ in range(N_MAX - 2)]
    cases.append(_case(*_parity(rng, odds, 10_001)))

    # All negative, strictly increasing; the pair is the two largest.
    numbers = sorted(rng.sample(range(-V_MAX, -1), N_MAX))
    cases.append(_case(numbers, numbers[-1] + numbers[-2]))
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
            assert brute_pairs(*case["args"]) == [case["expected"]], case
    cases = generate()
    for case in cases:
        numbers, target = case["args"]
        i, j = case["expected"]
        assert 1 <= i < j <= len(numbers) and numbers[i - 1] + numbers[j - 1] == target
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()
