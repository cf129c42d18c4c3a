"""Hidden tests for search_matrix: random small matrices, then 100 x 100 matrices (the
largest allowed) with targets at the corners, inside, in a gap between rows and beyond the
ends, and single-row and single-column matrices of 100 numbers.

`python generator.py` cross-checks the reference against a scan of every cell, on random
small matrices and on the JSON tests.
"""

import json
import random
from bisect import bisect_left
from itertools import pairwise
from pathlib import Path

SIDE_MAX = 100
V = 10**4


def reference(matrix, target):
    flat = [x for row in matrix for x in row]
    i = bisect_left(flat, target)
    return i < len(flat) and flat[i] == target


def brute(matrix, target):
    return any(x == target for row in matrix for x in row)


def check_constraints(matrix, target):
    assert 1 <= len(matrix) <= SIDE_MAX and -V <= target <= V
    cols = len(matrix[0])
    assert 1 <= cols <= SIDE_MAX and all(len(row) == cols for row in matrix)
    assert all(-V <= x <= V for row in matrix for x in row)
    assert all(a <= b for row in matrix for a, b in pairwise(row))
    assert all(above[-1] < below[0] for above, below in pairwise(matrix))


def make(rng, rows, cols, lo=-V, hi=V, dup=0.2):
    """A sorted matrix of numbers in [lo, hi]; a cell repeats the one on its left with
    chance `dup`, all other cells take distinct numbers, so rows never share one."""
    fresh = [[c == 0 or rng.random() >= dup for c in range(cols)] for _ in range(rows)]
    values = iter(sorted(rng.sample(range(lo, hi + 1), sum(map(sum, fresh)))))
    matrix = []
    for flags in fresh:
        row = []
        for new in flags:
            row.append(next(values) if new else row[-1])
        matrix.append(row)
    return matrix


def _case(name, matrix, target):
    check_constraints(matrix, target)
    return {"name": name, "args": [matrix, target], "expected": reference(matrix, target)}


def generate():
    rng = random.Random(20260426)
    cases = []
    for i in range(4):
        matrix = make(rng, rng.randint(1, 4), rng.randint(1, 4), -30, 30)
        target = rng.choice(rng.choice(matrix)) if i % 2 else rng.randint(-30, 30)
        cases.append(_case(f"small-random-{i + 1}", matrix, target))

    big = make(rng, SIDE_MAX, SIDE_MAX, dup=0.1)
    cases.append(_case("large-top-left", big, big[0][0]))
    cases.append(_case("large-bottom-right", big, big[-1][-1]))
    r = rng.randrange(1, SIDE_MAX - 1)
    cases.append(_case("large-row-start", big, big[r][0]))
    cases.append(_case("large-row-end", big, big[r][-1]))
    gap = next(a[-1] + 1 for a, b in pairwise(big) if b[0] - a[-1] > 1)
    cases.append(_case("large-between-rows", big, gap))
    cases.append(_case("large-beyond-end", make(rng, SIDE_MAX, SIDE_MAX, -V, V - 1), V))
    cases.append(_case("one-row-100", make(rng, 1, SIDE_MAX, -500, 500), rng.randint(-500, 500)))
    column = make(rng, SIDE_MAX, 1, -V + 1, V)
    cases.append(_case("one-column-100", column, column[rng.randrange(SIDE_MAX)][0]))
    return cases


def _self_check():
    rng = random.Random(31)
    for _ in range(3000):
        matrix = make(rng, rng.randint(1, 5), rng.randint(1, 5), -20, 20, dup=0.3)
        target = rng.randint(-22, 22)
        check_constraints(matrix, target)
        assert reference(matrix, target) == brute(matrix, target), (matrix, target)
    here = Path(__file__).parent
    for name in ("samples.json", "hidden.json"):
        for case in json.loads((here / "tests" / name).read_text()):
            check_constraints(*case["args"])
            assert brute(*case["args"]) == case["expected"], case
    cases = generate()
    for case in cases:
        assert brute(*case["args"]) == case["expected"], case["name"]
    print(f"ok: {len(cases)} generated tests, answers {[c['expected'] for c in cases]}")



def scaled(n, seed):
    """A matrix of about n cells (rows and columns near sqrt(n)) and a target in a gap
    between values; n counts cells, as reading them is what a measurement shows."""
    rng = random.Random(seed)
    cols = max(1, round(max(n, 1) ** 0.5))
    rows = max(1, max(n, 1) // cols)
    v = max(V, rows * cols)
    values = sorted(rng.sample(range(-v, v + 1, 2), rows * cols))  # even: odd targets miss
    matrix = [values[r * cols : (r + 1) * cols] for r in range(rows)]
    return [matrix, values[len(values) // 2] + 1]


if __name__ == "__main__":
    _self_check()
