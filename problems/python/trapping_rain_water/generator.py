"""Hidden tests for trapping_rain_water: random small landscapes and ones of 2 · 10^4 columns,
LeetCode's largest (1 ≤ n ≤ 2 · 10^4, 0 ≤ height[i] ≤ 10^5).

`python generator.py` cross-checks the reference against a brute force that scans both
sides of every column, on random small inputs and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 20_000
H_MAX = 10**5


def reference(height):
    """The statement's definition, with the tallest-so-far from each side in two arrays."""
    n = len(height)
    left, right = [0] * n, [0] * n
    best = 0
    for i in range(n):
        best = max(best, height[i])
        left[i] = best
    best = 0
    for i in reversed(range(n)):
        best = max(best, height[i])
        right[i] = best
    return sum(min(left[i], right[i]) - height[i] for i in range(n))


def brute(height):
    total = 0
    for i, h in enumerate(height):
        level = min(
            max(height[j] for j in range(i + 1)), max(height[j] for j in range(i, len(height)))
        )
        total += level - h
    return total


def _case(height):
    assert 1 <= len(height) <= N_MAX and all(0 <= h <= H_MAX for h in height)
    return {"args": [height], "expected": reference(height)}


def _small(rng):
    top = rng.choice([1, 4, 10, H_MAX])
    return [rng.randint(0, top) for _ in range(rng.randint(1, 14))]


def generate():
    rng = random.Random(20260305)
    cases = [_case(_small(rng)) for _ in range(8)]
    n = N_MAX
    cases.append(_case([rng.randint(0, H_MAX) for _ in range(n)]))
    cases.append(_case([H_MAX] * n))
    rising = sorted(rng.randint(0, H_MAX) for _ in range(n))
    cases.append(_case(rising))
    cases.append(_case(rising[::-1]))
    # A deep valley between full-height ends: the answer is near 10^10.
    valley = [rng.randint(0, 1000) for _ in range(n)]
    valley[0] = valley[-1] = H_MAX
    cases.append(_case(valley))
    # One tall column in the middle of low noise: each side is bounded by its own maximum.
    noise = [rng.randint(0, 50) for _ in range(n)]
    noise[n // 2] = H_MAX
    cases.append(_case(noise))
    # Alternating empty and full columns.
    cases.append(_case([H_MAX * (i % 2) for i in range(n)]))
    # Falling towards the right, except the last column, which holds back everything.
    fall = sorted((rng.randint(0, H_MAX // 2) for _ in range(n - 1)), reverse=True)
    cases.append(_case([*fall, H_MAX]))
    return cases


def _self_check():
    rng = random.Random(19)
    for _ in range(20_000):
        height = _small(rng)
        assert reference(height) == brute(height), height
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(*case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:8]:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n random columns."""
    rng = random.Random(seed)
    return [[rng.randint(0, H_MAX) for _ in range(max(n, 1))]]
