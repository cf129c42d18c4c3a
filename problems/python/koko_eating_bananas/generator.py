"""Hidden tests for min_eating_speed: random small piles, then 10^4 piles (the most allowed):
at random, all of 10^9 bananas with one hour per pile (speed 10^9, the worst case for trying
every speed), with h = 10^9, and with h exactly the hours needed at some speed.

`python generator.py` cross-checks the reference (binary search) against trying every
speed from 1 up, on random small piles and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
H_MAX = 10**9
PILE_MAX = 10**9


def hours(piles, k):
    return sum((p + k - 1) // k for p in piles)


def reference(piles, h):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if hours(piles, mid) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo


def brute(piles, h):
    k = 1
    while hours(piles, k) > h:
        k += 1
    return k


def _case(name, piles, h):
    n = len(piles)
    assert 1 <= n <= N_MAX and n <= h <= H_MAX
    assert all(1 <= p <= PILE_MAX for p in piles)
    return {"name": name, "args": [piles, h], "expected": reference(piles, h)}


def small(rng):
    piles = [rng.randint(1, rng.choice([3, 10, 30])) for _ in range(rng.randint(1, 6))]
    return piles, rng.randint(len(piles), sum(piles) + 3)


def generate():
    rng = random.Random(20260427)
    cases = []
    for i in range(8):
        cases.append(_case(f"small-random-{i + 1}", *small(rng)))
    piles = [rng.randint(1, 10**6) for _ in range(1000)]
    cases.append(_case("medium-one-hour-short", piles, hours(piles, 777) - 1))

    n = N_MAX
    piles = [rng.randint(1, PILE_MAX) for _ in range(n)]
    cases.append(_case("large-random", piles, rng.randint(n, H_MAX)))
    cases.append(_case("large-all-max", [PILE_MAX] * n, n))
    cases.append(_case("large-h-max", piles, H_MAX))
    speed = rng.randint(10**5, 10**6)
    cases.append(_case("large-exact-hours", piles, hours(piles, speed)))
    return cases


def _self_check():
    rng = random.Random(37)
    for _ in range(3000):
        piles, h = small(rng)
        assert reference(piles, h) == brute(piles, h), (piles, h)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case("", *case["args"])
            piles, h = case["args"]
            k = case["expected"]
            assert hours(piles, k) <= h and (k == 1 or hours(piles, k - 1) > h), case
    cases = generate()
    for case in cases:
        piles, h = case["args"]
        k = case["expected"]
        assert hours(piles, k) <= h and (k == 1 or hours(piles, k - 1) > h), case["name"]
    print(f"ok: {len(cases)} generated tests, speeds {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n random piles of up to 10^9 and h a little above n: a large speed, the worst case
    for trying speeds one by one."""
    rng = random.Random(seed)
    n = max(n, 1)
    piles = [rng.randint(1, PILE_MAX) for _ in range(n)]
    return [piles, n + rng.randint(0, n)]


if __name__ == "__main__":
    _self_check()
