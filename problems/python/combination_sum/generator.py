"""Hidden tests for combination_sum: random candidate sets, the longest lists, and small
candidates with target 40, where there are millions of ordered sequences but fewer than 150
combinations (LeetCode guarantees fewer than 150).

`python generator.py` cross-checks the reference (a knapsack over candidates) against a brute
force choosing how many times each candidate is used, on random inputs and the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 30
C_MIN, C_MAX = 2, 40
T_MAX = 40
MAX_COMBOS = 150


def reference(candidates, target):
    ways = [[] for _ in range(target + 1)]
    ways[0].append([])
    for c in candidates:
        for s in range(c, target + 1):
            ways[s].extend(combo + [c] for combo in ways[s - c])
    return ways[target]


def brute(candidates, target):
    out = []

    def choose(i, left, chosen):
        if i == len(candidates):
            if left == 0:
                out.append(chosen)
            return
        c = candidates[i]
        for k in range(left // c + 1):
            choose(i + 1, left - k * c, chosen + [c] * k)

    choose(0, target, [])
    return out


def _valid(candidates, target):
    return len(reference(candidates, target)) < MAX_COMBOS


def _case(candidates, target):
    assert 1 <= len(candidates) <= N_MAX and len(set(candidates)) == len(candidates)
    assert all(C_MIN <= c <= C_MAX for c in candidates) and 1 <= target <= T_MAX
    expected = reference(candidates, target)
    assert len(expected) < MAX_COMBOS
    return {"args": [candidates, target], "expected": expected}


def _shuffled(rng, values):
    values = list(values)
    rng.shuffle(values)
    return values


def generate():
    rng = random.Random(20260739)
    cases = []
    while len(cases) < 6:
        candidates = rng.sample(range(C_MIN, C_MAX + 1), rng.randint(1, 8))
        target = rng.randint(1, T_MAX)
        if _valid(candidates, target):
            cases.append(_case(candidates, target))
    # 30 candidates: the largest target that keeps fewer than 150 combinations, and target 40
    # with 30 candidates from the upper range.
    candidates = rng.sample(range(C_MIN, C_MAX + 1), N_MAX)
    target = max(t for t in range(1, T_MAX + 1) if _valid(candidates, t))
    cases.append(_case(candidates, target))
    cases.append(_case(_shuffled(rng, range(11, 41)), T_MAX))
    # Small candidates and target 40: 145, 149 and 101 combinations, millions of sequences.
    cases.append(_case(_shuffled(rng, [2, 3, 4, 5]), T_MAX))
    cases.append(_case(_shuffled(rng, [2, 3, 4, 9, 11]), T_MAX))
    cases.append(_case([6, 5, 3, 2], T_MAX))
    # Only even candidates and an odd target: a large search that finds nothing.
    cases.append(_case(_shuffled(rng, range(2, 41, 2)), 39))
    return cases


def _canon(combos):
    return sorted(sorted(c) for c in combos)


def _self_check():
    rng = random.Random(11)
    for _ in range(1500):
        candidates = rng.sample(range(C_MIN, 16), rng.randint(1, 5))
        target = rng.randint(1, 30)
        assert _canon(reference(candidates, target)) == _canon(brute(candidates, target))
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        assert _canon(brute(*case["args"])) == _canon(case["expected"]), case
    print(f"ok: {len(generate())} generated tests, combinations {[len(c['expected']) for c in cases]}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 512


def scaled(n, seed):
    """Target n (past the 40 of the statement: the answers stay correct, only the number of
    combinations grows) with four candidates between 7 and 40, so the search grows as a
    polynomial in n instead of exploding."""
    rng = random.Random(seed)
    return [rng.sample(range(7, C_MAX + 1), 4), max(n, 1)]
