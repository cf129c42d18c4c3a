"""Hidden tests for max_profit with a cooldown: small random prices checked against every
sequence of actions, then 5000 days, where plain recursion over buy/sell/wait never ends.

`python generator.py` cross-checks the reference against a brute force over all 3^n
sequences of actions (wait, buy, sell), on random small inputs and on the JSON tests.
"""

import json
import random
from itertools import product
from pathlib import Path

N_MAX = 5000
P_MAX = 1000


def reference(prices):
    # Best profit so far when holding a share, when just sold today, and when free to buy.
    hold, sold, free = float("-inf"), 0, 0
    for p in prices:
        hold, sold, free = max(hold, free - p), hold + p, max(free, sold)
    return max(sold, free)


def brute(prices):
    best = 0
    for actions in product("wbs", repeat=len(prices)):
        holding = cooling = False
        profit = 0
        for p, act in zip(prices, actions):
            if act == "b":
                if holding or cooling:
                    break
                holding, profit = True, profit - p
            elif act == "s":
                if not holding:
                    break
                holding, cooling, profit = False, True, profit + p
                continue
            cooling = False
        else:
            if not holding:
                best = max(best, profit)
    return best


def _case(name, prices):
    assert 1 <= len(prices) <= N_MAX and all(0 <= p <= P_MAX for p in prices)
    return {"name": name, "args": [prices], "expected": reference(prices)}


def generate():
    rng = random.Random(20260309)
    cases = []
    for i in range(5):
        cases.append(_case(f"small-random-{i + 1}", [rng.randint(0, 12) for _ in range(rng.randint(2, 9))]))
    cases.append(_case("medium-random", [rng.randint(0, P_MAX) for _ in range(300)]))
    cases.append(_case("largest-random", [rng.randint(0, P_MAX) for _ in range(N_MAX)]))
    # Up one, down one: ignoring the cooldown would take every rise.
    cases.append(_case("largest-sawtooth", [P_MAX - (i % 2) for i in range(N_MAX)]))
    # Waves of different lengths: which small dips to skip depends on the cooldown.
    prices, level = [], 500
    for _ in range(N_MAX):
        level = min(P_MAX, max(0, level + rng.choice([-30, -10, 5, 10, 25])))
        prices.append(level)
    cases.append(_case("largest-waves", prices))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(600):
        prices = [rng.randint(0, rng.choice([3, 10, 1000])) for _ in range(rng.randint(1, 8))]
        assert reference(prices) == brute(prices), prices
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:5]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



# Memoised recursion over days goes n calls deep (a runtime error by n = 65536).
SCALED_MAX = 1 << 15


def scaled(n, seed):
    """n random prices."""
    rng = random.Random(seed)
    return [[rng.randint(0, P_MAX) for _ in range(max(n, 1))]]


if __name__ == "__main__":
    _self_check()
