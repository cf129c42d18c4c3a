"""Hidden tests for permute: random lists of distinct values, several of the largest size (6).

Six numbers have 720 orderings, so every correct approach is fast; the tests are about getting
each ordering exactly once. `python generator.py` cross-checks the reference (backtracking)
against itertools.permutations on every size, and on the JSON tests.
"""

import json
import random
from itertools import permutations
from pathlib import Path

N_MAX = 6
V_MAX = 10


def reference(nums):
    out = []

    def walk(path, rest):
        if not rest:
            out.append(path)
        for i, x in enumerate(rest):
            walk(path + [x], rest[:i] + rest[i + 1 :])

    walk([], nums)
    return out


def brute(nums):
    return [list(p) for p in permutations(nums)]


def _case(nums):
    assert 1 <= len(nums) <= N_MAX and len(set(nums)) == len(nums)
    assert all(-V_MAX <= x <= V_MAX for x in nums)
    return {"args": [nums], "expected": reference(nums)}


def generate():
    rng = random.Random(20260746)
    cases = []
    for n in (3, 4, 4, 5, 5):
        cases.append(_case(rng.sample(range(-V_MAX, V_MAX + 1), n)))
    # The largest size: random values, the extremes, descending, mixed signs around zero.
    for _ in range(3):
        cases.append(_case(rng.sample(range(-V_MAX, V_MAX + 1), N_MAX)))
    cases.append(_case([10, -10, 0, 9, -9, 1]))
    cases.append(_case([6, 5, 4, 3, 2, 1]))
    cases.append(_case([-1, -2, -3, -4, -5, -6]))
    return cases


def _self_check():
    rng = random.Random(7)
    for _ in range(300):
        nums = rng.sample(range(-V_MAX, V_MAX + 1), rng.randint(1, N_MAX))
        assert sorted(reference(nums)) == sorted(brute(nums)), nums
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        assert sorted(brute(*case["args"])) == sorted(case["expected"]), case
        assert len(set(map(tuple, case["expected"]))) == len(case["expected"])
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 15  # 7 numbers, 5040 orderings


def scaled(n, seed):
    """The most distinct numbers whose orderings number at most n (k with k! <= n): n drives
    the size of the answer, in steps (8 and 16 both give 3 numbers)."""
    rng = random.Random(seed)
    k, count = 1, 1
    while count * (k + 1) <= n:
        k += 1
        count *= k
    return [rng.sample(range(-V_MAX, V_MAX + 1), k)]
