"""Hidden tests for find_median_from_data_stream: small streams with equal and negative
numbers (odd sums, where integer division is wrong), and streams of 5 · 10^4 calls: a median
after every number, where sorting on each findMedian is too slow, and one median after
49,999 random numbers (a list kept sorted with insort, accepted, moves 6 · 10^8 pointers
there; falling numbers would double that).

`python generator.py` cross-checks the reference (two heaps) against a list kept sorted with
insort, on random streams and on every test.
"""

import bisect
import heapq
import json
import random
from pathlib import Path

CALLS_MAX = 5 * 10**4
V_MAX = 10**5


def reference(ops, params):
    low, high, out = [], [], [None]  # low: max-heap (negated) of the smaller half
    for op, args in zip(ops[1:], params[1:], strict=True):
        if op == "addNum":
            heapq.heappush(low, -args[0])
            heapq.heappush(high, -heapq.heappop(low))
            if len(high) > len(low):
                heapq.heappush(low, -heapq.heappop(high))
            out.append(None)
        elif len(low) > len(high):
            out.append(float(-low[0]))
        else:
            out.append((-low[0] + high[0]) / 2)
    return out


def brute(ops, params):
    seen, out = [], [None]
    for op, args in zip(ops[1:], params[1:], strict=True):
        if op == "addNum":
            bisect.insort(seen, args[0])
            out.append(None)
        else:
            n = len(seen)
            out.append(float(seen[n // 2]) if n % 2 else (seen[n // 2 - 1] + seen[n // 2]) / 2)
    return out


def _case(calls):
    """calls: [num, or None for findMedian] after the constructor."""
    assert 1 <= len(calls) <= CALLS_MAX
    count = 0
    for num in calls:
        if num is None:
            assert count > 0, "findMedian before any number"
        else:
            assert -V_MAX <= num <= V_MAX
            count += 1
    ops = ["MedianFinder"] + ["findMedian" if n is None else "addNum" for n in calls]
    params = [[]] + [[] if n is None else [n] for n in calls]
    return {"args": [ops, params], "expected": reference(ops, params)}


def _random_calls(rng, n, low, high, p_find=0.4):
    calls = [rng.randint(low, high)]
    for _ in range(n - 1):
        calls.append(None if rng.random() < p_find else rng.randint(low, high))
    return calls


def generate():
    rng = random.Random(20260318)
    cases = [_case(_random_calls(rng, rng.randint(2, 30), -4, 4)) for _ in range(8)]
    cases.append(_case(_random_calls(rng, 1000, -V_MAX, V_MAX)))
    half = CALLS_MAX // 2
    # A median after every number: random at the limit of calls, then rising.
    calls = []
    for _ in range(half):
        calls += [rng.randint(-V_MAX, V_MAX), None]
    cases.append(_case(calls))
    calls = []
    for i in range(10**4):
        calls += [-V_MAX + 20 * i, None]
    cases.append(_case(calls))
    # 49,999 numbers, then one median.
    cases.append(_case([rng.randint(-V_MAX, V_MAX) for _ in range(CALLS_MAX - 1)] + [None]))
    # Few distinct values, both extremes, every operation mixed.
    cases.append(_case(_random_calls(rng, 2 * 10**4, -2, 2, p_find=0.5)))
    cases.append(_case([rng.choice([-V_MAX, V_MAX]) if i % 3 else None for i in range(1, 3001)]))
    return cases


def _self_check():
    rng = random.Random(9)
    for _ in range(2000):
        case = _case(_random_calls(rng, rng.randint(1, 40), -5, 5))
        assert brute(*case["args"]) == case["expected"], case
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            ops, params = case["args"]
            assert brute(ops, params) == case["expected"], case
            calls = [None if op == "findMedian" else p[0] for op, p in zip(ops[1:], params[1:])]
            assert _case(calls)["args"] == case["args"]
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"]
    print(f"ok: {len(cases)} generated tests, calls {[len(c['args'][0]) - 1 for c in cases]}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n calls: random numbers with a median asked after each one (sorting per query is
    quadratic)."""
    rng = random.Random(seed)
    ops, params = ["MedianFinder"], [[]]
    while len(ops) < max(n, 3):
        ops += ["addNum", "findMedian"]
        params += [[rng.randint(-V_MAX, V_MAX)], []]
    return [ops, params]
