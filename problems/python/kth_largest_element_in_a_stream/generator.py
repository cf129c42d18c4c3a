"""Hidden tests for kth_largest_element_in_a_stream: small streams with many equal values,
k = 1 and k = len(nums) + 1 (the first add fills the k-th place), an empty start, and 10^4
starting values with 10^4 adds, where sorting everything on each add is too slow.

`python generator.py` cross-checks the reference (a min-heap of the k largest) against a
sorted list kept with insort, on random streams and on every test.
"""

import bisect
import heapq
import json
import random
from pathlib import Path

N_MAX = 10**4
ADDS_MAX = 10**4
V_MAX = 10**4


def reference(ops, params):
    k, nums = params[0]
    heap = sorted(nums)[-k:] if len(nums) >= k else list(nums)
    heapq.heapify(heap)
    out = [None]
    for (val,) in params[1:]:
        if len(heap) < k:
            heapq.heappush(heap, val)
        elif val > heap[0]:
            heapq.heapreplace(heap, val)
        out.append(heap[0])
    return out


def brute(ops, params):
    k, nums = params[0]
    seen, out = sorted(nums), [None]
    for (val,) in params[1:]:
        bisect.insort(seen, val)
        out.append(seen[-k])
    return out


def _case(k, nums, adds):
    assert 0 <= len(nums) <= N_MAX and 1 <= k <= len(nums) + 1
    assert 1 <= len(adds) <= ADDS_MAX
    assert all(-V_MAX <= v <= V_MAX for v in nums + adds)
    ops = ["KthLargest"] + ["add"] * len(adds)
    params = [[k, nums]] + [[v] for v in adds]
    return {"args": [ops, params], "expected": reference(ops, params)}


def _values(rng, n, low=-V_MAX, high=V_MAX):
    return [rng.randint(low, high) for _ in range(n)]


def _small(rng):
    nums = _values(rng, rng.randint(0, 10), -5, 5)
    k = rng.randint(1, len(nums) + 1)
    return _case(k, nums, _values(rng, rng.randint(1, 20), -6, 6))


def generate():
    rng = random.Random(20260317)
    cases = [_small(rng) for _ in range(8)]
    cases.append(_case(1, [], _values(rng, 50)))
    cases.append(_case(31, _values(rng, 30, -3, 3), _values(rng, 200, -3, 3)))
    # At the top: 10^4 random values and 10^4 random adds, k in the middle.
    cases.append(_case(N_MAX // 2, _values(rng, N_MAX), _values(rng, ADDS_MAX)))
    # k = 1 with falling adds (the answer never moves), and k = len(nums) + 1 at the extremes.
    cases.append(_case(1, _values(rng, N_MAX), list(range(V_MAX, V_MAX - ADDS_MAX, -1))))
    cases.append(_case(N_MAX + 1, [-V_MAX] * N_MAX, [V_MAX] * ADDS_MAX))
    # An empty start: the stream itself fills the heap up to k.
    cases.append(_case(1, [], sorted(_values(rng, ADDS_MAX))))
    return cases


def _self_check():
    rng = random.Random(8)
    for _ in range(2000):
        case = _small(rng)
        assert brute(*case["args"]) == case["expected"], case
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            ops, params = case["args"]
            assert ops == ["KthLargest"] + ["add"] * (len(ops) - 1)
            _case(*params[0], [p[0] for p in params[1:]])
            cases.append(case)
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} tests, adds {[len(c['args'][0]) - 1 for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n / 2 starting values, k = n / 4, then n / 2 adds (sorting everything on each add is
    quadratic)."""
    rng = random.Random(seed)
    nums = [rng.randint(-V_MAX, V_MAX) for _ in range(max(n // 2, 1))]
    adds = [[rng.randint(-V_MAX, V_MAX)] for _ in range(max(n // 2, 1))]
    return [["KthLargest"] + ["add"] * len(adds), [[max(n // 4, 1), nums], *adds]]
