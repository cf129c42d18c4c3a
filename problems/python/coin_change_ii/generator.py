"""Hidden tests for change: small random ones checked against a search over how many coins of
each value are used, then amounts up to 5000 with up to 300 coins and answers up to 10^9
(within LeetCode's 32-bit bound), where listing the ways one by one never ends.

`python generator.py` cross-checks the reference against the brute force on random small
inputs and on the JSON tests.
"""

import json
import random
from pathlib import Path

COINS_MAX = 300
VALUE_MAX = 5000
AMOUNT_MAX = 5000
ANSWER_MAX = 2**31 - 1


def reference(amount, coins):
    # ways[a] over the coins seen so far; taking coins in a fixed order counts each
    # combination once (1+2 and 2+1 are both counted as "some 1s, then some 2s").
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def brute(amount, coins):
    if not coins:
        return 1 if amount == 0 else 0
    return sum(brute(amount - k * coins[0], coins[1:]) for k in range(amount // coins[0] + 1))


def _case(name, amount, coins):
    assert 1 <= len(coins) <= COINS_MAX and len(set(coins)) == len(coins)
    assert all(1 <= c <= VALUE_MAX for c in coins) and 0 <= amount <= AMOUNT_MAX
    answer = reference(amount, coins)
    assert answer <= ANSWER_MAX
    return {"name": name, "args": [amount, coins], "expected": answer}


def generate():
    rng = random.Random(20260518)
    cases = []
    for i in range(5):
        coins = rng.sample(range(1, 15), rng.randint(1, 4))
        cases.append(_case(f"small-random-{i + 1}", rng.randint(5, 40), coins))
    cases.append(_case("british-coins", 1000, [1, 2, 5, 10, 20, 50, 100, 200, 500]))
    # Five small coins: about 5 · 10^8 ways to pay 5000.
    cases.append(_case("largest-five-primes", AMOUNT_MAX, [17, 3, 13, 7, 11]))
    # 300 coins of value 200 and up: the most work for the table, about 10^9 ways.
    cases.append(_case("largest-300-coins", AMOUNT_MAX, rng.sample(range(200, VALUE_MAX + 1), COINS_MAX)))
    # Only even coins and an odd amount: no way at all, after a search through every try.
    cases.append(_case("largest-no-way", AMOUNT_MAX - 1, list(range(2, 2 * COINS_MAX + 1, 2))))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(1500):
        coins = rng.sample(range(1, 12), rng.randint(1, 4))
        amount = rng.randint(0, 30)
        assert reference(amount, coins) == brute(amount, coins), (amount, coins)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            amount, coins = case["args"]
            if amount <= 100:
                assert brute(amount, coins) == case["expected"], case
            elif len(coins) == 1:
                assert case["expected"] == int(amount % coins[0] == 0), case
    cases = generate()
    for case in cases[:5]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """Amount n and up to 50 coins between n / 4 and n: the table is about 50 n steps, and as
    a sum takes at most four coins the answer stays in 32 bits. Beyond n = 5000 the coins
    grow with the amount (they would not fit LeetCode's 5000)."""
    rng = random.Random(seed)
    n = max(n, 1)
    low = max(1, n // 4)
    return [n, rng.sample(range(low, n + 1), min(50, n + 1 - low))]


if __name__ == "__main__":
    _self_check()
