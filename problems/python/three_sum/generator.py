"""Hidden tests for three_sum: random small lists, a medium one, and lists of 3000 numbers.

Every triple of positions among 3000 numbers is 4.5 · 10^9 triples, so O(n^3) cannot finish.
`python generator.py` cross-checks the reference against a brute force over all triples of
positions, on random small inputs and on the JSON tests.
"""

import json
import random
from collections import Counter
from itertools import combinations
from pathlib import Path

N_MAX = 3000
V_MAX = 10**5


def reference(nums):
    """Every a <= b <= c over distinct values, checking each value has enough copies."""
    count = Counter(nums)
    values = sorted(count)
    out = []
    for x, a in enumerate(values):
        if a > 0:
            break
        for b in values[x:]:
            c = -a - b
            if c < b:
                break
            if c in count and all(count[v] >= k for v, k in Counter((a, b, c)).items()):
                out.append([a, b, c])
    return out


def brute(nums):
    found = {tuple(sorted(t)) for t in combinations(nums, 3) if sum(t) == 0}
    return sorted(list(t) for t in found)


def _case(nums):
    assert 3 <= len(nums) <= N_MAX and all(-V_MAX <= x <= V_MAX for x in nums)
    return {"args": [nums], "expected": reference(nums)}


def generate():
    rng = random.Random(20260303)
    cases = []
    for _ in range(8):
        cases.append(_case([rng.randint(-6, 6) for _ in range(rng.randint(3, 15))]))
    cases.append(_case([rng.randint(-50, 50) for _ in range(300)]))

    # Full range at random: thousands of triplets.
    cases.append(_case([rng.randint(-V_MAX, V_MAX) for _ in range(N_MAX)]))
    # Values that are 1 mod 4 never sum to 0 mod 4; the only triplets use the planted
    # multiples of 4, which sit at the extremes of the sorted order.
    planted = [-V_MAX, V_MAX // 2, V_MAX // 2, V_MAX, 0, -V_MAX // 2]
    nums = rng.sample(range(-V_MAX + 1, V_MAX, 4), N_MAX - len(planted)) + planted
    rng.shuffle(nums)
    cases.append(_case(nums))
    # Half negative, half positive, no triplet at all.
    cases.append(_case(rng.sample(range(-V_MAX + 1, V_MAX, 4), N_MAX)))
    # Few negatives, many positives.
    nums = rng.sample(range(-V_MAX, 0), 300) + rng.sample(range(1, V_MAX + 1), N_MAX - 300)
    rng.shuffle(nums)
    cases.append(_case(nums))
    # All zeros; all one value; heavy repeats of a few small values; the extremes only.
    cases.append(_case([0] * N_MAX))
    cases.append(_case([-7] * N_MAX))
    cases.append(_case([rng.randint(-20, 20) for _ in range(N_MAX)]))
    extremes = [-V_MAX, -V_MAX // 2, 0, V_MAX // 2, V_MAX]
    cases.append(_case([rng.choice(extremes) for _ in range(N_MAX)]))
    return cases


def _self_check():
    rng = random.Random(13)
    for _ in range(3000):
        spread = rng.choice([2, 6, 30])
        nums = [rng.randint(-spread, spread) for _ in range(rng.randint(3, 14))]
        assert sorted(reference(nums)) == brute(nums), nums
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(*case["args"])
            got = brute(*case["args"])
            assert got == sorted(sorted(t) for t in case["expected"]), case
    cases = generate()
    for case in cases[:9]:
        assert brute(*case["args"]) == sorted(case["expected"])
    print(f"ok: {len(cases)} generated tests, triplets {[len(c['expected']) for c in cases]}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 4096


def scaled(n, seed):
    """n distinct values spread over about 8n: a few zero-sum triples among very many
    candidate ones."""
    rng = random.Random(seed)
    span = 4 * max(n, 4)
    return [rng.sample(range(-span, span), max(n, 3))]
