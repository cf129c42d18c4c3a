"""Hidden tests for merge: small random cases checked against painting the number line, then
10^4 intervals, where comparing every pair of intervals (5 · 10^7 pairs) is too slow.

`python generator.py` cross-checks the reference against the painting on random small inputs
and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
V_MAX = 10**4


def reference(intervals):
    out = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def brute(intervals):
    """Paint cells 2a..2b for each [a, b] (odd cells are the gaps between whole numbers);
    each run of painted cells is one merged interval."""
    painted = set()
    for a, b in intervals:
        painted.update(range(2 * a, 2 * b + 1))
    out = []
    for p in sorted(painted):
        if out and p - 1 in painted:
            out[-1][1] = p // 2
        else:
            out.append([p // 2, p // 2])
    return out


def _case(name, intervals):
    assert 1 <= len(intervals) <= N_MAX, name
    assert all(len(iv) == 2 and 0 <= iv[0] <= iv[1] <= V_MAX for iv in intervals), name
    return {"name": name, "args": [intervals], "expected": reference(intervals)}


def _random(rng, n, high, longest):
    out = []
    for _ in range(n):
        a = rng.randint(0, high)
        out.append([a, min(high, a + rng.randint(0, longest))])
    return out


def generate():
    rng = random.Random(20260408)
    cases = []
    for i in range(10):
        cases.append(_case(f"small-random-{i + 1}", _random(rng, rng.randint(1, 6), 20, 4)))

    n = N_MAX
    points = [[2 * i, 2 * i] for i in range(V_MAX // 2 + 1)]
    points += [[2 * rng.randint(0, V_MAX // 2)] * 2 for _ in range(n - len(points))]
    rng.shuffle(points)
    cases.append(_case("large-points-apart", points))
    cases.append(_case("large-random-short", _random(rng, n, V_MAX, 2)))
    cases.append(_case("large-random-long", _random(rng, n, V_MAX, 500)))
    # Touching chain [i, i + 1] in shuffled order: one interval in the end.
    chain = [[i, i + 1] for i in range(n)]
    rng.shuffle(chain)
    cases.append(_case("large-touching-chain", chain))
    cases.append(_case("large-nested", [[i // 2, V_MAX - i // 2] for i in range(n)]))
    return cases


def _self_check():
    rng = random.Random(37)
    for _ in range(3000):
        intervals = _random(rng, rng.randint(1, 6), 12, 3)
        assert reference(intervals) == brute(intervals), intervals
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            assert brute(*case["args"]) == sorted(case["expected"]), case
    cases = generate()
    for case in cases[:10]:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} generated tests, merged {[len(c['expected']) for c in cases]}")



def scaled(n, seed):
    """n random short intervals over a line about n long: many small merged groups."""
    rng = random.Random(seed)
    n = max(n, 1)
    return [_random(rng, n, max(V_MAX, n), 3)]


if __name__ == "__main__":
    _self_check()
