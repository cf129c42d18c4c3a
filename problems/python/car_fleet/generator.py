"""Hidden tests for car_fleet: random small roads; 10^5 cars at random, all at one speed (no
car ever catches up, the worst case for comparing each car with those ahead) and all arriving
at the same instant; then 2000 cars all stuck behind the front car, and with many exact ties.

`python generator.py` cross-checks the reference against a brute force that computes each
car's real arrival time (the latest arrival among itself and the cars ahead, as exact
fractions) and counts distinct arrival times, on random small roads and on the JSON tests.
"""

import json
import random
from fractions import Fraction
from pathlib import Path

N_MAX = 10**5
TARGET_MAX = 10**6
SPEED_MAX = 10**6


def reference(target, position, speed):
    fleets = 0
    lead_dist, lead_speed = 0, 1
    for p, s in sorted(zip(position, speed, strict=True), reverse=True):
        dist = target - p
        if dist * lead_speed > lead_dist * s:
            fleets += 1
            lead_dist, lead_speed = dist, s
    return fleets


def brute(target, position, speed):
    # A car arrives when the slowest of itself and the cars ahead of it would arrive; cars
    # arriving at the same instant are one fleet (they meet at the destination at the latest).
    alone = [Fraction(target - p, s) for p, s in zip(position, speed, strict=True)]
    n = len(position)
    arrive = {max(alone[j] for j in range(n) if position[j] >= position[i]) for i in range(n)}
    return len(arrive)


def _case(name, target, position, speed):
    n = len(position)
    assert 1 <= n <= N_MAX and len(speed) == n
    assert 0 < target <= TARGET_MAX
    assert all(0 <= p < target for p in position) and len(set(position)) == n
    assert all(0 < s <= SPEED_MAX for s in speed)
    return {
        "name": name,
        "args": [target, position, speed],
        "expected": reference(target, position, speed),
    }


def small(rng):
    target = rng.randint(1, 20)
    n = rng.randint(1, min(8, target))
    position = rng.sample(range(target), n)
    speed = [rng.randint(1, rng.choice([2, 5, 10])) for _ in range(n)]
    return target, position, speed


def generate():
    rng = random.Random(20260423)
    cases = []
    for i in range(8):
        cases.append(_case(f"small-random-{i + 1}", *small(rng)))

    n, target = N_MAX, TARGET_MAX
    position = rng.sample(range(target), n)
    speed = [rng.randint(1, SPEED_MAX) for _ in range(n)]
    cases.append(_case("large-random", target, position, speed))
    # One speed for everybody: nobody catches up, n fleets.
    position = rng.sample(range(target), n)
    cases.append(_case("large-same-speed", target, position, [7] * n))
    # Everyone would need exactly one hour: they all meet at the destination, one fleet.
    position = rng.sample(range(target), n)
    cases.append(_case("large-same-arrival", target, position, [target - p for p in position]))
    # The front car crawls: everyone else is faster and ends up behind it (2000 cars).
    n = 2000
    cars = [
        (p, rng.randint(target - p + 1, SPEED_MAX)) for p in rng.sample(range(1, target - 1), n - 1)
    ]
    cars.append((target - 1, 1))
    rng.shuffle(cars)
    cases.append(_case("front-crawls", target, [p for p, _ in cars], [s for _, s in cars]))
    # Arrival times from a handful of whole hours, so many cars tie exactly (2000 cars).
    chosen = {}
    while len(chosen) < n:
        hours = rng.randint(1, 20)
        s = rng.randint(1, target // hours)
        chosen.setdefault(target - s * hours, s)
    position = list(chosen)
    rng.shuffle(position)
    cases.append(_case("exact-ties", target, position, [chosen[p] for p in position]))
    return cases


def _self_check():
    rng = random.Random(17)
    for _ in range(4000):
        target, position, speed = small(rng)
        assert reference(target, position, speed) == brute(target, position, speed)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case("", *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:8]:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, fleets {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n cars at distinct random positions, all at one speed: no car catches up, so there are
    n fleets and a solution comparing each car with those ahead does the most work."""
    rng = random.Random(seed)
    n = max(n, 1)
    target = max(TARGET_MAX, 2 * n)
    speed = rng.randint(1, SPEED_MAX)
    return [target, rng.sample(range(target), n), [speed] * n]


if __name__ == "__main__":
    _self_check()
