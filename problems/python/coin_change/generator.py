"""Hidden tests for coin_change: small random ones checked against a search over how many
coins of each type are used, then amounts up to 10^4 where plain recursion over "which coin
comes next" never ends, and greedy choices go wrong.

`python generator.py` cross-checks the reference against the brute force on random small
inputs and on the JSON tests.
"""

import json
import random
from pathlib import Path

COINS_MAX = 12
VALUE_MAX = 2**31 - 1
AMOUNT_MAX = 10**4


def reference(coins, amount):
    # fewest[a]: fewest coins paying a; the last coin paid is one of the types.
    unreachable = amount + 1
    fewest = [0] + [unreachable] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and fewest[a - c] + 1 < fewest[a]:
                fewest[a] = fewest[a - c] + 1
    return -1 if fewest[amount] == unreachable else fewest[amount]


def brute(coins, amount):
    """Try every count of the first coin type, then recurse on the other types."""
    if not coins:
        return 0 if amount == 0 else -1
    best = -1
    for k in range(amount // coins[0] + 1):
        rest = brute(coins[1:], amount - k * coins[0])
        if rest >= 0 and (best < 0 or k + rest < best):
            best = k + rest
    return best


def _case(name, coins, amount):
    assert 1 <= len(coins) <= COINS_MAX and all(1 <= c <= VALUE_MAX for c in coins)
    assert 0 <= amount <= AMOUNT_MAX
    return {"name": name, "args": [coins, amount], "expected": reference(coins, amount)}


def generate():
    rng = random.Random(20260322)
    cases = []
    for i in range(5):
        coins = rng.sample(range(2, 16), rng.randint(2, 4))
        cases.append(_case(f"small-random-{i + 1}", coins, rng.randint(10, 60)))
    # Largest amount, twelve small coins: the most work for the table.
    coins = rng.sample(range(1, 60), COINS_MAX)
    cases.append(_case("largest-twelve-small-coins", coins, AMOUNT_MAX))
    # Largest amount where the biggest coin first leaves a remainder nothing else pays well.
    cases.append(_case("largest-greedy-trap", [1, 37, 98, 99], AMOUNT_MAX - 7))
    # No way at all: every coin is even and the amount is odd; huge coins mixed in.
    coins = [2, 14, 38, 96, 2**31 - 2, 2**30]
    cases.append(_case("largest-impossible", coins, AMOUNT_MAX - 1))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(1500):
        coins = [rng.randint(1, 15) for _ in range(rng.randint(1, 4))]
        amount = rng.randint(0, 40)
        assert reference(coins, amount) == brute(coins, amount), (coins, amount)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            coins, amount = case["args"]
            small = [c for c in coins if c <= amount]  # huge coins cannot be used anyway
            assert brute(small, amount) == case["expected"], case
    cases = generate()
    for case in cases[:5]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



# Memoised recursion goes about amount / smallest coin calls deep.
SCALED_MAX = 1 << 15


def scaled(n, seed):
    """Amount n with twelve coins between 3 and 60: about 12 n steps for the table, many
    amounts unreachable by the small coins alone."""
    rng = random.Random(seed)
    return [rng.sample(range(3, 61), COINS_MAX), max(n, 1)]


if __name__ == "__main__":
    _self_check()
