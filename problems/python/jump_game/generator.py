"""Hidden tests for can_jump: small random lists checked by a search over positions, then lists
of 10^4 numbers. The largest ones are the worst case for the dynamic programme that, for each
index, looks at every index it can jump to: every jump falls short of the last index by one.

`python generator.py` cross-checks the reference against the search on random small inputs
and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
V_MAX = 10**5


def reference(nums):
    # The farthest index reachable so far; an index beyond it can never be reached.
    reach = 0
    for i, x in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return True


def brute(nums):
    n = len(nums)
    seen = {0}
    stack = [0]
    while stack:
        i = stack.pop()
        for j in range(i + 1, min(n, i + nums[i] + 1)):
            if j not in seen:
                seen.add(j)
                stack.append(j)
    return n - 1 in seen


def _case(name, nums):
    assert 1 <= len(nums) <= N_MAX and all(0 <= x <= V_MAX for x in nums), name
    return {"name": name, "args": [nums], "expected": reference(nums)}


def generate():
    rng = random.Random(20260402)
    cases = []
    for i in range(10):
        nums = [rng.choice([0, 0, 1, 1, 2, 3]) for _ in range(rng.randint(1, 12))]
        cases.append(_case(f"small-random-{i + 1}", nums))

    n = N_MAX
    # Every index jumps exactly to index n - 2, which holds 0: the answer is False, and a
    # dynamic programme over all jump targets scans n^2 / 2 of them.
    falls_short = [n - 2 - i for i in range(n - 1)] + [1]
    cases.append(_case("large-falls-short-by-one", falls_short))
    # Same shape, but index 0 jumps straight to the end: True, and a scan from the back
    # still looks at every target of every other index first.
    shape = [n - 2 - i for i in range(n - 1)] + [0]
    shape[0] = n - 1
    cases.append(_case("large-only-first-reaches", shape))
    cases.append(_case("large-all-ones", [1] * n))
    cases.append(_case("large-all-maximum", [V_MAX] * n))
    # Random small jumps with zeros: the walk runs far and then gets stuck, or not.
    cases.append(_case("large-random-small", [rng.choice([0, 1, 2, 3]) for _ in range(n)]))
    gaps = [rng.randint(0, 3) for _ in range(n)]
    for i in range(0, n - 50, 50):
        gaps[i] = 50  # a long jump now and then clears any wall of zeros
    cases.append(_case("large-long-jumps", gaps))
    return cases


def _self_check():
    rng = random.Random(11)
    for _ in range(3000):
        nums = [rng.randint(0, 3) for _ in range(rng.randint(1, 10))]
        assert reference(nums) == brute(nums), nums
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
    """n jumps that all fall one short of the last index (the answer is False)."""
    n = max(n, 2)
    return [[min(V_MAX, n - 2 - i) for i in range(n - 1)] + [0]]


if __name__ == "__main__":
    _self_check()
