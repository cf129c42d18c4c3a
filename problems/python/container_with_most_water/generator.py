"""Hidden tests for container_with_most_water: random small rows and rows of 10^5 walls.

`python generator.py` cross-checks the reference against a brute force over all pairs of
walls, on random small inputs and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 100_000
H_MAX = 10**4


def reference(height):
    """Walls from tallest down: the one seen last in a pair is the shorter, and its best
    partner is the farthest wall seen so far. O(n log n), unlike the two-pointer scan."""
    order = sorted(range(len(height)), key=lambda i: -height[i])
    lo = hi = order[0]
    best = 0
    for i in order[1:]:
        lo, hi = min(lo, i), max(hi, i)
        best = max(best, height[i] * max(i - lo, hi - i))
    return best


def brute(height):
    n = len(height)
    return max(min(height[i], height[j]) * (j - i) for i in range(n) for j in range(i + 1, n))


def _case(height):
    assert 2 <= len(height) <= N_MAX and all(0 <= h <= H_MAX for h in height)
    return {"args": [height], "expected": reference(height)}


def _small(rng):
    top = rng.choice([1, 5, 20, H_MAX])
    return [rng.randint(0, top) for _ in range(rng.randint(2, 12))]


def generate():
    rng = random.Random(20260304)
    cases = [_case(_small(rng)) for _ in range(8)]
    n = N_MAX
    cases.append(_case([rng.randint(0, H_MAX) for _ in range(n)]))
    rising = [i * H_MAX // (n - 1) for i in range(n)]
    cases.append(_case(rising))
    cases.append(_case(rising[::-1]))
    cases.append(_case([H_MAX] * n))
    cases.append(_case([0] * n))
    # Low ground with two tall walls in the last quarter: the answer is far from the ends.
    low = [rng.randint(0, 100) for _ in range(n)]
    low[3 * n // 4] = low[n - 2] = H_MAX
    cases.append(_case(low))
    # A mountain: tallest in the middle, falling away to both ends.
    half = sorted(rng.randint(0, H_MAX) for _ in range(n // 2))
    cases.append(_case(half + half[::-1]))
    # Alternating empty and full-height walls.
    cases.append(_case([H_MAX * (i % 2) for i in range(n)]))
    return cases


def _self_check():
    rng = random.Random(17)
    for _ in range(20_000):
        height = _small(rng)
        assert reference(height) == brute(height), height
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:8]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n random walls."""
    rng = random.Random(seed)
    return [[rng.randint(0, H_MAX) for _ in range(max(n, 2))]]
