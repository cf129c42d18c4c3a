"""Hidden tests for is_n_straight_hand: small random hands checked by trying every way to start
the groups, then hands of 10^4 cards. The largest ones hold long runs of equal numbers, where
a solution that scans the sorted hand for each next card walks over the same cards again and
again (2.5 · 10^7 steps).

`python generator.py` cross-checks the reference against the search on random small inputs
and on the JSON tests.
"""

import json
import random
from collections import Counter
from pathlib import Path

N_MAX = 10**4
V_MAX = 10**9


def reference(hand, size):
    # The smallest card left must start a group; take that group out and repeat.
    if len(hand) % size:
        return False
    count = Counter(hand)
    for x in sorted(count):
        k = count[x]
        if k:
            for y in range(x, x + size):
                if count[y] < k:
                    return False
                count[y] -= k
    return True


def brute(hand, size):
    """Slow and plain: the smallest card starts a group; take it out of a list card by card."""
    if not hand:
        return True
    cards = sorted(hand)
    low = cards[0]
    rest = list(cards)
    for y in range(low, low + size):
        if y not in rest:
            return False
        rest.remove(y)
    return brute(rest, size)


def _case(name, hand, size):
    assert 1 <= len(hand) <= N_MAX and all(0 <= x <= V_MAX for x in hand), name
    assert 1 <= size <= len(hand), name
    return {"name": name, "args": [hand, size], "expected": reference(hand, size)}


def _groups(rng, count, size, low, high):
    """A hand that splits into `count` groups of `size` consecutive numbers in [low, high]."""
    hand = []
    for _ in range(count):
        start = rng.randint(low, high - size + 1)
        hand += range(start, start + size)
    rng.shuffle(hand)
    return hand


def generate():
    rng = random.Random(20260405)
    cases = []
    for i in range(10):
        size = rng.randint(1, 4)
        hand = _groups(rng, rng.randint(1, 4), size, 0, 8)
        if i % 2:
            hand[rng.randrange(len(hand))] += rng.choice([-1, 1])  # usually breaks it
            hand = [max(0, x) for x in hand]
        cases.append(_case(f"small-random-{i + 1}", hand, size))

    n = N_MAX
    # 5000 copies each of two numbers, in pairs: the scanning solution walks ~n/2 cards per pair.
    hand = [V_MAX - 1] * (n // 2) + [V_MAX] * (n // 2)
    rng.shuffle(hand)
    cases.append(_case("large-two-values", hand, 2))
    # The same with one card changed: True until the last pairs.
    hand = [0] * (n // 2) + [1] * (n // 2 - 1) + [2]
    rng.shuffle(hand)
    cases.append(_case("large-two-values-last-breaks", hand, 2))
    cases.append(_case("large-groups-of-100", _groups(rng, 100, 100, 0, 10**6), 100))
    cases.append(_case("large-one-group", rng.sample(range(V_MAX - n + 1, V_MAX + 1), n), n))
    hand = _groups(rng, 2500, 4, 0, V_MAX)
    hand[rng.randrange(n)] += 1
    cases.append(_case("large-one-card-off", hand, 4))
    cases.append(_case("large-group-size-one", [rng.randint(0, V_MAX) for _ in range(n)], 1))
    return cases


def _self_check():
    rng = random.Random(23)
    for _ in range(3000):
        hand = [rng.randint(0, 5) for _ in range(rng.randint(1, 9))]
        size = rng.randint(1, len(hand))
        assert reference(hand, size) == (len(hand) % size == 0 and brute(hand, size)), hand
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            hand, size = case["args"]
            assert (len(hand) % size == 0 and brute(hand, size)) == case["expected"], case
    cases = generate()
    for case in cases[:10]:
        hand, size = case["args"]
        assert (len(hand) % size == 0 and brute(hand, size)) == case["expected"], case
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """About n cards in groups of 4 starting within a narrow range: long runs of equal
    numbers, the worst case for scanning the sorted hand for each next card."""
    rng = random.Random(seed)
    count = max(1, n // 4)
    return [_groups(rng, count, 4, 1, 4 + max(1, count // 8)), 4]


if __name__ == "__main__":
    _self_check()
