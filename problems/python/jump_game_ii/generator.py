"""Hidden tests for jump: small random reachable lists checked by a breadth-first search, then
lists of 10^4 numbers, where a dynamic programme over every pair of indices (5 · 10^7 pairs)
is too slow.

`python generator.py` cross-checks the reference against the search on random small inputs
and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
V_MAX = 1000


def reference(nums):
    # Breadth-first search by layers: indices up to `end` take `jumps` jumps; the next layer
    # ends at the farthest index any of them reaches.
    jumps = end = farthest = 0
    for i in range(len(nums) - 1):
        farthest = max(farthest, i + nums[i])
        if i == end:
            jumps += 1
            end = farthest
    return jumps


def brute(nums):
    n = len(nums)
    dist = {0: 0}
    layer = [0]
    while layer:
        nxt = []
        for i in layer:
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                if j not in dist:
                    dist[j] = dist[i] + 1
                    nxt.append(j)
        layer = nxt
    return dist.get(n - 1)


def reachable(nums):
    reach = 0
    for i, x in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return True


def _case(name, nums):
    assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V_MAX for x in nums), name
    assert reachable(nums), name
    return {"name": name, "args": [nums], "expected": reference(nums)}


def _random_reachable(rng, n, values):
    while True:
        nums = [rng.choice(values) for _ in range(n)]
        if reachable(nums):
            return nums


def generate():
    rng = random.Random(20260403)
    cases = []
    for i in range(10):
        nums = _random_reachable(rng, rng.randint(1, 12), [0, 1, 1, 2, 2, 3, 4])
        cases.append(_case(f"small-random-{i + 1}", nums))

    n = N_MAX
    cases.append(_case("large-all-ones", [1] * n))
    cases.append(_case("large-all-maximum", [V_MAX] * n))
    cases.append(_case("large-random", _random_reachable(rng, n, range(1, 40))))
    # Long jumps landing on zeros: the best walk keeps choosing a shorter jump.
    traps = [0] * n
    for i in range(0, n, 7):
        traps[i] = 9
    for i in range(3, n, 7):
        traps[i] = 12
    cases.append(_case("large-traps", traps))
    return cases


def _self_check():
    rng = random.Random(17)
    for _ in range(3000):
        nums = [rng.randint(0, 3) for _ in range(rng.randint(1, 10))]
        if reachable(nums):
            assert reference(nums) == brute(nums), nums
        else:
            assert brute(nums) is None, nums
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n random jumps of 1 to 3 (always reachable)."""
    rng = random.Random(seed)
    return [[rng.randint(1, 3) for _ in range(max(n, 1))]]


if __name__ == "__main__":
    _self_check()
