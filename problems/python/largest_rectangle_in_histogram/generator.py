"""Hidden tests for largest_rectangle_area: random small histograms, then 10^5 bars: random,
all of the greatest height, a rising staircase and a pyramid (long runs of bars at least as
high as each other, the worst case for widening each bar step by step).

`python generator.py` cross-checks the reference (a monotonic stack) against a brute force
over every run of bars, on random small histograms and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**5
H_MAX = 10**4


def reference(heights):
    best = 0
    stack = []
    for i, h in enumerate([*heights, 0]):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            best = max(best, top * (i - left))
        stack.append(i)
    return best


def brute(heights):
    best = 0
    for i in range(len(heights)):
        low = heights[i]
        for j in range(i, len(heights)):
            low = min(low, heights[j])
            best = max(best, low * (j - i + 1))
    return best


def _case(name, heights):
    assert 1 <= len(heights) <= N_MAX and all(0 <= h <= H_MAX for h in heights)
    return {"name": name, "args": [heights], "expected": reference(heights)}


def generate():
    rng = random.Random(20260424)
    cases = []
    for i in range(8):
        top = rng.choice([1, 3, 10, H_MAX])
        heights = [rng.randint(0, top) for _ in range(rng.randint(1, 12))]
        cases.append(_case(f"small-random-{i + 1}", heights))
    cases.append(_case("medium-random", [rng.randint(0, 50) for _ in range(2000)]))

    n = N_MAX
    cases.append(_case("large-random", [rng.randint(0, H_MAX) for _ in range(n)]))
    cases.append(_case("large-all-max", [H_MAX] * n))
    cases.append(_case("large-staircase", [1 + i * H_MAX // n for i in range(n)]))
    half = n // 2
    pyramid = [1 + i * (H_MAX - 1) // half for i in range(half)]
    cases.append(_case("large-pyramid", pyramid + pyramid[::-1]))
    return cases


def _self_check():
    rng = random.Random(23)
    for _ in range(3000):
        top = rng.choice([1, 2, 5, 20])
        heights = [rng.randint(0, top) for _ in range(rng.randint(1, 12))]
        assert reference(heights) == brute(heights), heights
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:9]:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, areas {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """A pyramid of n bars with random steps: long runs of bars at least as high as each
    other, the worst case for widening each bar step by step."""
    rng = random.Random(seed)
    n = max(n, 1)
    half = (n + 1) // 2
    up = sorted(rng.randint(0, H_MAX) for _ in range(half))
    down = sorted((rng.randint(0, H_MAX) for _ in range(n - half)), reverse=True)
    return [up + down]


if __name__ == "__main__":
    _self_check()
