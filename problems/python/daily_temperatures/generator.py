"""Hidden tests for daily_temperatures: random small lists, then lists of 10^5 days where
warmer days are far away (the worst case for looking ahead day by day).

`python generator.py` cross-checks the reference (a monotonic stack) against a brute force
that looks ahead from every day, on random small lists and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**5
T_MIN, T_MAX = 30, 100


def reference(temperatures):
    answer = [0] * len(temperatures)
    waiting = []
    for day, t in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < t:
            before = waiting.pop()
            answer[before] = day - before
        waiting.append(day)
    return answer


def brute(temperatures):
    n = len(temperatures)
    return [
        next((j - i for j in range(i + 1, n) if temperatures[j] > temperatures[i]), 0)
        for i in range(n)
    ]


def _case(name, temperatures):
    assert 1 <= len(temperatures) <= N_MAX
    assert all(T_MIN <= t <= T_MAX for t in temperatures)
    return {"name": name, "args": [temperatures], "expected": reference(temperatures)}


def generate():
    rng = random.Random(20260422)
    cases = []
    for i in range(8):
        lo = rng.randint(T_MIN, T_MAX)
        hi = min(T_MAX, lo + rng.choice([0, 2, 10, 70]))
        temps = [rng.randint(lo, hi) for _ in range(rng.randint(1, 12))]
        cases.append(_case(f"small-random-{i + 1}", temps))
    # A plateau of 150 days, then warmer: answers beyond any fixed look-ahead window.
    cases.append(_case("long-wait", [50] * 150 + [51, 40, 52]))

    n = N_MAX
    cases.append(_case("large-random", [rng.randint(T_MIN, T_MAX) for _ in range(n)]))
    # Every day the same but the last: each day waits until the very end.
    cases.append(_case("large-plateau-then-warm", [T_MIN] * (n - 1) + [T_MAX]))
    # Temperatures falling slowly with noise: days wait a long time or forever.
    drift = [T_MAX - (i * 70) // n - rng.randint(0, 1) for i in range(n)]
    cases.append(_case("large-slow-fall", [max(T_MIN, t) for t in drift]))
    return cases


def _self_check():
    rng = random.Random(5)
    for _ in range(3000):
        hi = rng.choice([31, 33, 40, 100])
        temps = [rng.randint(T_MIN, hi) for _ in range(rng.randint(1, 15))]
        assert reference(temps) == brute(temps), temps
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:9]:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, lengths {[len(c['args'][0]) for c in cases]}")



def scaled(n, seed):
    """n days cooling slowly in random steps, then one day at 100: the warmer day is far
    away for most days, the worst case for looking ahead day by day."""
    rng = random.Random(seed)
    n = max(n, 1)
    temps = [max(30, 99 - rng.randint(0, 69 * i // n)) for i in range(n - 1)]
    return [[*temps, 100]]


if __name__ == "__main__":
    _self_check()
