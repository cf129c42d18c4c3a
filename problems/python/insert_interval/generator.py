"""Hidden tests for insert: small random cases checked against merging by painting the number
line, then 10^4 intervals, where merging by rescanning the list after each merge takes
~2.5 · 10^7 steps.

`python generator.py` cross-checks the reference against the painting on random small inputs
and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
V_MAX = 10**5


def reference(intervals, new):
    # Intervals ending before the new one, then the new one swallowing every overlap, then the rest.
    out = []
    lo, hi = new
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < lo:
        out.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= hi:
        lo, hi = min(lo, intervals[i][0]), max(hi, intervals[i][1])
        i += 1
    out.append([lo, hi])
    out.extend(list(iv) for iv in intervals[i:])
    return out


def brute(intervals, new):
    """Paint cells 2a..2b for each [a, b] (odd cells are the gaps between whole numbers);
    each run of painted cells is one merged interval."""
    painted = set()
    for a, b in [*intervals, new]:
        painted.update(range(2 * a, 2 * b + 1))
    out = []
    for p in sorted(painted):
        if out and p - 1 in painted:
            out[-1][1] = p // 2
        else:
            out.append([p // 2, p // 2])
    return out


def valid(intervals, new):
    if not 0 <= len(intervals) <= N_MAX or len(new) != 2 or not 0 <= new[0] <= new[1] <= V_MAX:
        return False
    if any(len(iv) != 2 or not 0 <= iv[0] <= iv[1] <= V_MAX for iv in intervals):
        return False
    return all(a[1] < b[0] for a, b in zip(intervals, intervals[1:]))


def _case(name, intervals, new):
    assert valid(intervals, new), name
    return {"name": name, "args": [intervals, new], "expected": reference(intervals, new)}


def _disjoint(rng, count, high):
    """`count` sorted, non-overlapping intervals with ends in [0, high], some of them points."""
    points = sorted(rng.sample(range(high + 1), 2 * count))
    out = []
    for i in range(count):
        a, b = points[2 * i], points[2 * i + 1]
        out.append([a, a] if rng.random() < 0.2 else [a, b])
    return out


def _new(rng, high):
    a, b = sorted(rng.randint(0, high) for _ in range(2))
    return [a, b]


def generate():
    rng = random.Random(20260407)
    cases = []
    for i in range(10):
        cases.append(_case(f"small-random-{i + 1}", _disjoint(rng, rng.randint(0, 5), 20), _new(rng, 20)))

    n = N_MAX
    grid = [[10 * i, 10 * i + 5] for i in range(n)]
    # Swallows the second half: a merge loop that rescans from the front pays n/2 per merge.
    cases.append(_case("large-swallow-second-half", grid, [10 * (n // 2) + 3, V_MAX]))
    cases.append(_case("large-swallow-all", grid, [0, V_MAX]))
    cases.append(_case("large-before-all", [[iv[0] + 2, iv[1] + 2] for iv in grid], [0, 1]))
    cases.append(_case("large-in-a-gap", grid, [10 * 7777 + 6, 10 * 7777 + 9]))
    cases.append(_case("large-random", _disjoint(rng, n, V_MAX), _new(rng, V_MAX)))
    return cases


def _self_check():
    rng = random.Random(31)
    for _ in range(3000):
        intervals, new = _disjoint(rng, rng.randint(0, 5), 15), _new(rng, 15)
        assert valid(intervals, new), (intervals, new)
        assert reference(intervals, new) == brute(intervals, new), (intervals, new)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:10]:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} generated tests")



def scaled(n, seed):
    """n disjoint sorted intervals and a new one covering the middle half of them."""
    rng = random.Random(seed)
    n = max(n, 2)
    intervals = _disjoint(rng, n, max(V_MAX, 4 * n))
    return [intervals, [intervals[n // 4][0] + 1, intervals[3 * n // 4][0]]]


if __name__ == "__main__":
    _self_check()
