"""Hidden tests for last_stone_weight: random piles up to LeetCode's 30 stones, piles of the
heaviest stones, and piles where the order of smashing matters. With at most 30 stones no
solution is too slow; the tests catch smashing the wrong pair.

`python generator.py` cross-checks the reference (a max-heap) against a simulation that
sorts the pile before every smash.
"""

import heapq
import json
import random
from pathlib import Path

N_MAX = 30
W_MAX = 1000


def reference(stones):
    heap = [-s for s in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y, x = -heapq.heappop(heap), -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, x - y)
    return -heap[0] if heap else 0


def brute(stones):
    pile = list(stones)
    while len(pile) > 1:
        pile.sort()
        y, x = pile.pop(), pile.pop()
        if y > x:
            pile.append(y - x)
    return pile[0] if pile else 0


def _case(name, stones):
    assert 1 <= len(stones) <= N_MAX and all(1 <= s <= W_MAX for s in stones)
    return {"name": name, "args": [stones], "expected": reference(stones)}


def generate():
    rng = random.Random(20260408)
    cases = []
    for i in range(8):
        top = rng.choice([5, 50, W_MAX])
        stones = [rng.randint(1, top) for _ in range(rng.randint(2, N_MAX))]
        cases.append(_case(f"random-{i + 1}", stones))
    cases.append(_case("largest-all-max", [W_MAX] * N_MAX))
    cases.append(_case("largest-odd-max", [W_MAX] * (N_MAX - 1)))
    cases.append(_case("largest-falling", list(range(W_MAX, W_MAX - N_MAX, -1))))
    cases.append(_case("largest-powers", [2**k for k in range(10)] * 3))
    cases.append(_case("largest-random", [rng.randint(1, W_MAX) for _ in range(N_MAX)]))
    return cases


def _self_check():
    rng = random.Random(29)
    for _ in range(5000):
        stones = [rng.randint(1, rng.choice([3, 20, W_MAX])) for _ in range(rng.randint(1, 12))]
        assert reference(stones) == brute(stones), stones
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests {[c['expected'] for c in generate()]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n random stones of up to the heaviest weight."""
    rng = random.Random(seed)
    return [[rng.randint(1, W_MAX) for _ in range(n)]]
