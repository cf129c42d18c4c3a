"""Hidden tests for k_closest: random sets of points with k from 1 to n, then 10^4 points with
k = 10^4, k = 5000 and k = 1, and points at the corners of the range.

Picking the nearest remaining point k times costs n · k; with n = k = 10^4 it cannot finish.
Every test has one answer: the k-th and (k+1)-th distances differ (duplicate points are
either both in or both out). `python generator.py` cross-checks the reference (a heap of the
k nearest so far) against sorting by distance.
"""

import heapq
import json
import random
from pathlib import Path

N_MAX = 10**4
C_MAX = 10**4


def dist(p):
    return p[0] * p[0] + p[1] * p[1]


def reference(points, k):
    heap = []  # the k nearest so far, farthest on top (negated distances)
    for i, p in enumerate(points):
        item = (-dist(p), i)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)
    return [points[i] for _, i in sorted(heap, key=lambda t: t[1])]


def brute(points, k):
    return sorted(points, key=dist)[:k]


def unique_k(points, k):
    """The nearest k that makes the answer unique (k itself when it does)."""
    d = sorted(map(dist, points))
    ok = [j for j in range(1, len(d) + 1) if j == len(d) or d[j - 1] < d[j]]
    return min(ok, key=lambda j: (abs(j - k), j))


def _case(name, points, k):
    n = len(points)
    assert 1 <= k <= n <= N_MAX and all(-C_MAX <= c <= C_MAX for p in points for c in p)
    d = sorted(map(dist, points))
    assert k == n or d[k - 1] < d[k], name
    return {"name": name, "args": [points, k], "expected": reference(points, k)}


def _points(rng, n, spread):
    return [[rng.randint(-spread, spread), rng.randint(-spread, spread)] for _ in range(n)]


def generate():
    rng = random.Random(20260412)
    cases = []
    for i in range(8):
        n = rng.randint(2, 40)
        points = _points(rng, n, rng.choice([3, 50, C_MAX]))
        cases.append(_case(f"small-{i + 1}", points, unique_k(points, rng.randint(1, n))))
    points = _points(rng, N_MAX, C_MAX)
    cases.append(_case("largest-k-all", points, N_MAX))
    points = _points(rng, N_MAX, C_MAX)
    cases.append(_case("largest-k-half", points, unique_k(points, N_MAX // 2)))
    points = _points(rng, N_MAX, C_MAX)
    cases.append(_case("largest-k-1", points, unique_k(points, 1)))
    # Many points on a few circles, and the four corners: distances repeat a lot.
    ring = [[x, y] for x in range(-30, 31) for y in range(-30, 31) if x * x + y * y in (625, 900)]
    corners = [[sx * C_MAX, sy * C_MAX] for sx in (-1, 1) for sy in (-1, 1)]
    points = [rng.choice(ring) for _ in range(N_MAX - 4)] + corners
    rng.shuffle(points)
    cases.append(_case("largest-rings", points, unique_k(points, N_MAX // 3)))
    return cases


def _self_check():
    rng = random.Random(31)
    for _ in range(3000):
        n = rng.randint(1, 15)
        points = _points(rng, n, rng.choice([1, 3, 20]))
        k = unique_k(points, rng.randint(1, n))
        assert sorted(reference(points, k)) == sorted(brute(points, k)), (points, k)
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        points, k = case["args"]
        d = sorted(map(dist, points))
        assert k == len(points) or d[k - 1] < d[k], case
        assert sorted(brute(points, k)) == sorted(case["expected"]), case.get("name", case["args"])
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """n random points and k near n / 2, moved so that the k-th and (k+1)-th distances differ
    (one answer); picking the nearest remaining point k times is quadratic."""
    rng = random.Random(seed)
    points = [[rng.randint(-C_MAX, C_MAX), rng.randint(-C_MAX, C_MAX)] for _ in range(max(n, 2))]
    ds = sorted(map(dist, points))
    k = max(len(ds) // 2, 1)
    while k < len(ds) and ds[k - 1] == ds[k]:
        k += 1
    return [points, k]
