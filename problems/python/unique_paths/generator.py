"""Hidden tests for unique_paths: grids up to 100 rows or columns, with answers up to
about 1.6 · 10^9, where walking every route (plain recursion) makes billions of calls.

`python generator.py` cross-checks the reference against the binomial coefficient and
against listing every route on small grids.
"""

import json
from itertools import product
from math import comb
from pathlib import Path

SIDE_MAX = 100
ANSWER_MAX = 2 * 10**9


def reference(m, n):
    # paths[j] along a row: from above (the old paths[j]) plus from the left (paths[j - 1]).
    paths = [1] * n
    for _ in range(m - 1):
        for j in range(1, n):
            paths[j] += paths[j - 1]
    return paths[-1]


def every_route(m, n):
    # A route is a sequence of m - 1 downs and n - 1 rights.
    moves = m + n - 2
    return sum(1 for seq in product("DR", repeat=moves) if seq.count("D") == m - 1)


def _case(m, n):
    answer = reference(m, n)
    assert 1 <= m <= SIDE_MAX and 1 <= n <= SIDE_MAX and answer <= ANSWER_MAX
    return {"name": f"{m}-by-{n}", "args": [m, n], "expected": answer}


def generate():
    cases = [_case(m, n) for m, n in [(5, 9), (12, 6), (3, 60), (40, 4), (15, 15)]]
    # The largest answers allowed: a square-ish grid and a long thin one.
    cases.append(_case(17, 18))
    cases.append(_case(100, 7))
    cases.append(_case(7, 100))
    return cases


def _self_check():
    for m in range(1, SIDE_MAX + 1):
        for n in range(1, SIDE_MAX + 1):
            assert reference(m, n) == comb(m + n - 2, m - 1)
    for m in range(1, 8):
        for n in range(1, 8):
            assert reference(m, n) == every_route(m, n)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            m, n = case["args"]
            assert comb(m + n - 2, n - 1) == case["expected"], case
    cases = generate()
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



# The answer (2n - 2 choose n - 1) has about 0.6 n digits: well below Python's 4300-digit
# limit on turning an int into text at n = 2048.
SCALED_MAX = 2048


def scaled(n, seed):
    """A square grid of side n: the table is n^2 big-integer additions."""
    n = max(n, 1)
    return [n, n]


if __name__ == "__main__":
    _self_check()
