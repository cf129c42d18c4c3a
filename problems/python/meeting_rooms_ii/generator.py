"""Hidden tests for min_meeting_rooms: small random cases checked by counting the meetings
running at every moment, then 10^4 meetings, where counting for each meeting the others that
run at its start (10^8 comparisons) is too slow.

`python generator.py` cross-checks the reference against the count on random small inputs
and on the JSON tests.
"""

import heapq
import json
import random
from pathlib import Path

N_MAX = 10**4
V_MAX = 10**6


def reference(intervals):
    # Rooms in use, by the time they free up; a meeting reuses the first room to free up if it can.
    ends = []
    for start, end in sorted(intervals):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)


def brute(intervals):
    """The most meetings running at one moment; moments t + 0.5 cover every case."""
    high = max(b for _, b in intervals)
    return max(sum(a <= t < b for a, b in intervals) for t in range(high + 1))


def _case(name, intervals):
    assert 1 <= len(intervals) <= N_MAX, name
    assert all(len(iv) == 2 and 0 <= iv[0] < iv[1] <= V_MAX for iv in intervals), name
    return {"name": name, "args": [intervals], "expected": reference(intervals)}


def _random(rng, n, high, longest):
    out = []
    for _ in range(n):
        a = rng.randint(0, high - 1)
        out.append([a, min(high, a + rng.randint(1, longest))])
    return out


def generate():
    rng = random.Random(20260411)
    cases = []
    for i in range(10):
        cases.append(_case(f"small-random-{i + 1}", _random(rng, rng.randint(1, 7), 12, 5)))

    n = N_MAX
    cases.append(_case("large-random-short", _random(rng, n, V_MAX, 1000)))
    cases.append(_case("large-random-long", _random(rng, n, V_MAX, 300000)))
    chain = [[100 * i, 100 * (i + 1)] for i in range(n)]
    rng.shuffle(chain)
    cases.append(_case("large-touching-chain", chain))
    cases.append(_case("large-all-together", [[i % 7, V_MAX - i % 11] for i in range(n)]))
    return cases


def _self_check():
    rng = random.Random(47)
    for _ in range(3000):
        intervals = _random(rng, rng.randint(1, 6), 10, 4)
        assert reference(intervals) == brute(intervals), intervals
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            _case(case.get("name", "?"), *case["args"])
            if max(b for _, b in case["args"][0]) <= 1000:
                assert brute(*case["args"]) == case["expected"], case
            else:
                assert reference(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases[:10]:
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """n random meetings of up to 1000 units: many run at once."""
    rng = random.Random(seed)
    return [_random(rng, max(n, 1), V_MAX, 1000)]


if __name__ == "__main__":
    _self_check()
