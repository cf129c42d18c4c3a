"""Hidden tests for rotate_image: every size from 3 to 20 (odd sizes have a centre that stays,
even ones do not), values over the full range, symmetric grids and grids of one repeated value.

`python generator.py` cross-checks the reference (zip of the reversed rows) against a cell by
cell copy, on random grids and on the tests' expected answers.
"""

import json
import random
from pathlib import Path

N_MAX = 20
V_MAX = 1000


def reference(matrix):
    return [list(row) for row in zip(*matrix[::-1])]


def brute(matrix):
    """Cell (i, j) goes to row j, column n - 1 - i."""
    n = len(matrix)
    out = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            out[j][n - 1 - i] = matrix[i][j]
    return out


def _case(matrix):
    n = len(matrix)
    assert 1 <= n <= N_MAX and all(len(row) == n for row in matrix)
    assert all(-V_MAX <= v <= V_MAX for row in matrix for v in row)
    return {"args": [matrix], "expected": reference(matrix)}


def _grid(rng, n, low=-V_MAX, high=V_MAX):
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(n)]


def generate():
    rng = random.Random(20260314)
    cases = [_case(_grid(rng, n)) for n in range(3, N_MAX + 1)]
    # Symmetric about the main diagonal: a transpose alone changes nothing.
    n = 9
    sym = _grid(rng, n, -5, 5)
    cases.append(_case([[sym[min(i, j)][max(i, j)] for j in range(n)] for i in range(n)]))
    # Distinct values at the top size, the extremes, and one repeated value.
    values = rng.sample(range(-V_MAX, V_MAX + 1), N_MAX * N_MAX)
    cases.append(_case([values[i * N_MAX : (i + 1) * N_MAX] for i in range(N_MAX)]))
    cases.append(_case(_grid(rng, N_MAX, -V_MAX, -V_MAX + 1)))
    cases.append(_case([[V_MAX] * N_MAX for _ in range(N_MAX)]))
    return cases


def _self_check():
    rng = random.Random(4)
    for _ in range(2000):
        matrix = _grid(rng, rng.randint(1, 8), -9, 9)
        assert reference(matrix) == brute(matrix)
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(case["args"][0])
        assert case["expected"] == brute(case["args"][0]), case
    print(f"ok: {len(cases)} tests, sizes {sorted({len(c['args'][0]) for c in cases})}")


if __name__ == "__main__":
    _self_check()


def scaled(n, seed):
    """A square of about n cells (side the square root of n), values over the full range."""
    rng = random.Random(seed)
    side = max(int(n**0.5), 1)
    return [[[rng.randint(-V_MAX, V_MAX) for _ in range(side)] for _ in range(side)]]
