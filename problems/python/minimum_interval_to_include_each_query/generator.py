"""Hidden tests for min_interval: small random cases checked against every interval for every
query, then 10^5 intervals and 10^5 queries, where that check (10^10 steps) cannot finish.

`python generator.py` cross-checks the reference against the check on random small inputs
and on the JSON tests.
"""

import heapq
import json
import random
from pathlib import Path

N_MAX = 10**5
V_MAX = 10**7


def reference(intervals, queries):
    # Queries in increasing order; a heap of (size, right) of the intervals started so far,
    # dropping from its top those that end before the query.
    intervals = sorted(intervals)
    answer = {}
    heap = []
    i = 0
    for q in sorted(set(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            left, right = intervals[i]
            heapq.heappush(heap, (right - left + 1, right))
            i += 1
        while heap and heap[0][1] < q:
            heapq.heappop(heap)
        answer[q] = heap[0][0] if heap else -1
    return [answer[q] for q in queries]


def brute(intervals, queries):
    return [min((b - a + 1 for a, b in intervals if a <= q <= b), default=-1) for q in queries]


def _case(name, intervals, queries):
    assert 1 <= len(intervals) <= N_MAX and 1 <= len(queries) <= N_MAX, name
    assert all(len(iv) == 2 and 1 <= iv[0] <= iv[1] <= V_MAX for iv in intervals), name
    assert all(1 <= q <= V_MAX for q in queries), name
    return {"name": name, "args": [intervals, queries], "expected": reference(intervals, queries)}


def _random(rng, n, high, longest):
    out = []
    for _ in range(n):
        a = rng.randint(1, high)
        out.append([a, min(high, a + rng.randint(0, longest))])
    return out


def generate():
    rng = random.Random(20260412)
    cases = []
    for i in range(10):
        intervals = _random(rng, rng.randint(1, 6), 15, 5)
        queries = [rng.randint(1, 16) for _ in range(rng.randint(1, 6))]
        cases.append(_case(f"small-random-{i + 1}", intervals, queries))

    n = N_MAX
    queries = [rng.randint(1, V_MAX) for _ in range(n)]
    cases.append(_case("large-random", _random(rng, n, V_MAX, 10**5), queries))
    cases.append(_case("large-random-long", _random(rng, n, V_MAX, V_MAX), queries))
    # Nested intervals around the middle, queries spread over all of them.
    mid = V_MAX // 2
    nested = [[mid - 50 * i, mid + 50 * i] for i in range(n)]
    rng.shuffle(nested)
    cases.append(_case("large-nested", nested, [mid + rng.randint(-50 * n, 50 * n) for _ in range(n)]))
    # Short intervals, queries mostly in the gaps: many -1.
    points = [[100 * i + 1, 100 * i + 2] for i in range(n)]
    cases.append(_case("large-mostly-misses", points, [rng.randint(1, 100 * n) for _ in range(n)]))
    # One query value repeated.
    cases.append(_case("large-one-query", _random(rng, n, V_MAX, V_MAX), [mid] * n))
    return cases


def _self_check():
    rng = random.Random(53)
    for _ in range(3000):
        intervals = _random(rng, rng.randint(1, 6), 10, 4)
        queries = [rng.randint(1, 11) for _ in range(rng.randint(1, 6))]
        assert reference(intervals, queries) == brute(intervals, queries), (intervals, queries)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:10]:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} generated tests, misses {[c['expected'].count(-1) for c in cases]}")



def scaled(n, seed):
    """n / 2 random intervals and n / 2 random queries over 10^7, the intervals long enough
    that each point lies in a few of them on average."""
    rng = random.Random(seed)
    n = max(n, 2)
    intervals = _random(rng, n // 2, V_MAX, max(1, 8 * V_MAX // n))
    return [intervals, [rng.randint(1, V_MAX) for _ in range(n - n // 2)]]


if __name__ == "__main__":
    _self_check()
