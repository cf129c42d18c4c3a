"""Hidden tests for can_attend_meetings: small random cases checked against every pair, then
10^4 meetings, where comparing every pair (5 · 10^7 pairs) is too slow. The large ones that
answer False overlap only once, late in any order of work.

`python generator.py` cross-checks the reference against every pair on random small inputs
and on the JSON tests.
"""

import json
import random
from pathlib import Path

N_MAX = 10**4
V_MAX = 10**6


def reference(intervals):
    meetings = sorted(intervals)
    return all(a[1] <= b[0] for a, b in zip(meetings, meetings[1:]))


def brute(intervals):
    n = len(intervals)
    for i in range(n):
        for j in range(i + 1, n):
            (a, b), (c, d) = intervals[i], intervals[j]
            if a < d and c < b:
                return False
    return True


def _case(name, intervals):
    assert 0 <= len(intervals) <= N_MAX, name
    assert all(len(iv) == 2 and 0 <= iv[0] < iv[1] <= V_MAX for iv in intervals), name
    return {"name": name, "args": [intervals], "expected": reference(intervals)}


def _disjoint(rng, n, high):
    """n meetings that do not overlap (some touching), shuffled."""
    cuts = sorted(rng.sample(range(high + 1), n + 1))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        out.append([a, b] if rng.random() < 0.5 else [a, rng.randint(a + 1, b)])
    rng.shuffle(out)
    return out


def generate():
    rng = random.Random(20260410)
    cases = []
    for i in range(10):
        n = rng.randint(1, 6)
        meetings = _disjoint(rng, n, 20)
        if i % 2:
            a = rng.randint(0, 19)
            meetings.append([a, rng.randint(a + 1, 20)])
        cases.append(_case(f"small-random-{i + 1}", meetings))

    n = N_MAX
    cases.append(_case("large-disjoint", _disjoint(rng, n, V_MAX)))
    cases.append(_case("large-touching", [[100 * i, 100 * (i + 1)] for i in range(n)][::-1]))
    # One overlap, by one unit, between two meetings far apart in the input.
    meetings = [[100 * i, 100 * (i + 1)] for i in range(n)]
    meetings[n // 3] = [100 * (n // 3), 100 * (n // 3 + 1) + 1]
    rng.shuffle(meetings)
    cases.append(_case("large-one-overlap", meetings))
    cases.append(_case("large-all-overlap", [[rng.randint(0, 10), V_MAX - rng.randint(0, 10)] for _ in range(n)]))
    return cases


def _self_check():
    rng = random.Random(43)
    for _ in range(3000):
        meetings = []
        for _ in range(rng.randint(0, 5)):
            a = rng.randint(0, 9)
            meetings.append([a, rng.randint(a + 1, 10)])
        assert reference(meetings) == brute(meetings), meetings
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:10]:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n shuffled meetings that do not overlap (the answer is True: every pair is checked)."""
    rng = random.Random(seed)
    n = max(n, 1)
    return [_disjoint(rng, n, max(V_MAX, 2 * n))]


if __name__ == "__main__":
    _self_check()
