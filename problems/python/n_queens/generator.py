"""Hidden tests for solve_n_queens: the largest boards, n = 7, 8 and 9 (40, 92 and 352
placements); hidden.json has n = 1 to 6.

Trying every way to put one queen in each row is 9^9 (387 million) boards for n = 9.
`python generator.py` cross-checks the reference (backtracking on columns and diagonals)
against a brute force over all column permutations, for every n, and the JSON tests.
"""

import json
from itertools import permutations
from pathlib import Path

N_MAX = 9


def _draw(n, queens):
    return ["." * c + "Q" + "." * (n - c - 1) for c in queens]


def reference(n):
    out = []
    queens = []
    cols, diag, anti = set(), set(), set()

    def place(r):
        if r == n:
            out.append(_draw(n, queens))
            return
        for c in range(n):
            if c not in cols and r - c not in diag and r + c not in anti:
                cols.add(c), diag.add(r - c), anti.add(r + c), queens.append(c)
                place(r + 1)
                cols.remove(c), diag.remove(r - c), anti.remove(r + c), queens.pop()

    place(0)
    return out


def brute(n):
    out = []
    for queens in permutations(range(n)):
        if all(abs(queens[i] - queens[j]) != j - i for i in range(n) for j in range(i + 1, n)):
            out.append(_draw(n, queens))
    return out


def _case(n):
    assert 1 <= n <= N_MAX
    return {"args": [n], "expected": reference(n)}


def generate():
    return [_case(n) for n in (7, 8, N_MAX)]


def _self_check():
    known = [1, 0, 0, 2, 10, 4, 40, 92, 352]  # placements for n = 1..9
    for n in range(1, N_MAX + 1):
        got = reference(n)
        assert len(got) == known[n - 1] and sorted(got) == sorted(brute(n)), n
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        assert sorted(case["expected"]) == sorted(brute(*case["args"])), case["args"]
    print(f"ok: {len(generate())} generated tests")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 64  # boards of 7 to 10 queens; 11 takes about a second


def scaled(n, seed):
    """A board of 4 + log2(n) queens (n = 8 is the 7 x 7 board): each doubling of n adds a
    row, and the search grows about five times."""
    return [3 + n.bit_length()]
