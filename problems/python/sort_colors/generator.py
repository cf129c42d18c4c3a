"""Hidden tests for sort_colors: random lists of every length up to 300 and of every mix of
colours, including lists of one colour, already sorted and reversed lists.

`python generator.py` cross-checks the reference (counting) against sorted() and the tests'
expected answers.
"""

import json
import random
from pathlib import Path

N_MAX = 300


def reference(nums):
    counts = [nums.count(c) for c in (0, 1, 2)]
    return [0] * counts[0] + [1] * counts[1] + [2] * counts[2]


def _case(nums):
    assert 1 <= len(nums) <= N_MAX and set(nums) <= {0, 1, 2}
    return {"args": [nums], "expected": reference(nums)}


def generate():
    rng = random.Random(20260313)
    cases = []
    for n in (3, 4, 5, 7, 10, 20, 50, 100):
        cases.append(_case([rng.randint(0, 2) for _ in range(n)]))
    for colours in ([0, 1], [1, 2], [0, 2], [0], [2]):
        cases.append(_case([rng.choice(colours) for _ in range(rng.randint(2, 40))]))
    # At the size limit: random, skewed to one colour, sorted, reversed, blocks in the wrong order.
    cases.append(_case([rng.randint(0, 2) for _ in range(N_MAX)]))
    cases.append(_case([rng.choice([0, 2, 2, 2, 2, 1]) for _ in range(N_MAX)]))
    cases.append(_case(sorted(rng.randint(0, 2) for _ in range(N_MAX))))
    cases.append(_case(sorted((rng.randint(0, 2) for _ in range(N_MAX)), reverse=True)))
    cases.append(_case([2] * 100 + [1] * 100 + [0] * 100))
    cases.append(_case([1] * N_MAX))
    return cases


def _self_check():
    rng = random.Random(3)
    for _ in range(2000):
        nums = [rng.randint(0, 2) for _ in range(rng.randint(1, 30))]
        assert reference(nums) == sorted(nums)
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(case["args"][0])
        assert case["expected"] == sorted(case["args"][0]), case
    print(f"ok: {len(cases)} tests, sizes {sorted({len(c['args'][0]) for c in cases})}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n random colours."""
    rng = random.Random(seed)
    return [[rng.randint(0, 2) for _ in range(n)]]
