"""Hidden tests for oranges_rotting: random crates of every density, and 10 x 10 crates (the
largest): one rotten corner spreading along a winding path, many rotten oranges at once, a
fresh orange walled off, all fresh with no rotten one, and all empty.

Crates have at most 100 cells, so the tests are about the rules, not speed. `python
generator.py` cross-checks the reference (breadth-first search from every rotten orange at
once) against a minute-by-minute simulation, on random crates and on the JSON tests.
"""

import json
import random
from collections import deque
from pathlib import Path

from judge.authoring import snake_grid

SIDE_MAX = 10
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def reference(grid):
    m, n = len(grid), len(grid[0])
    dist = {(i, j): 0 for i in range(m) for j in range(n) if grid[i][j] == 2}
    queue = deque(dist)
    while queue:
        i, j = queue.popleft()
        for di, dj in STEPS:
            a, b = i + di, j + dj
            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in dist:
                dist[a, b] = dist[i, j] + 1
                queue.append((a, b))
    fresh = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 1]
    if any(cell not in dist for cell in fresh):
        return -1
    return max((dist[cell] for cell in fresh), default=0)


def brute(grid):
    grid = [row[:] for row in grid]
    m, n = len(grid), len(grid[0])
    minutes = 0
    while True:
        new = [
            (i, j)
            for i in range(m)
            for j in range(n)
            if grid[i][j] == 1
            and any(0 <= i + a < m and 0 <= j + b < n and grid[i + a][j + b] == 2 for a, b in STEPS)
        ]
        if not new:
            return -1 if any(1 in row for row in grid) else minutes
        for i, j in new:
            grid[i][j] = 2
        minutes += 1


def _case(grid):
    m, n = len(grid), len(grid[0])
    assert 1 <= m <= SIDE_MAX and 1 <= n <= SIDE_MAX and all(len(row) == n for row in grid)
    assert all(cell in (0, 1, 2) for row in grid for cell in row)
    return {"args": [grid], "expected": reference(grid)}


def random_crate(rng, m, n, weights):
    return [rng.choices((0, 1, 2), weights, k=n) for _ in range(m)]


def winding(n):
    """Fresh oranges along one path through every other row, rotten at its start."""
    grid = [[0] * n for _ in range(n)]
    for i in range(n):
        if i % 2 == 0:
            grid[i] = [1] * n
        else:
            grid[i][n - 1 if i % 4 == 1 else 0] = 1
    grid[0][0] = 2
    return grid


def generate():
    rng = random.Random(20260994)
    cases = []
    for weights in ((1, 6, 1), (2, 5, 1), (1, 8, 1), (3, 3, 1), (0, 9, 1)):
        for _ in range(2):
            cases.append(_case(random_crate(rng, rng.randint(1, SIDE_MAX), rng.randint(1, SIDE_MAX), weights)))
    s = SIDE_MAX
    cases.append(_case(winding(s)))
    full = [[1] * s for _ in range(s)]
    full[0][0] = 2
    cases.append(_case(full))
    many = [[2 if (i * 7 + j * 3) % 11 == 0 else 1 for j in range(s)] for i in range(s)]
    cases.append(_case(many))
    walled = [[1] * s for _ in range(s)]
    walled[0][0] = 2
    walled[s - 1][s - 2], walled[s - 2][s - 1] = 0, 0
    cases.append(_case(walled))
    cases.append(_case([[1] * s for _ in range(s)]))
    cases.append(_case([[0] * s for _ in range(s)]))
    return cases


def _self_check():
    rng = random.Random(37)
    for _ in range(3000):
        weights = rng.choice([(1, 6, 1), (2, 3, 1), (1, 1, 1), (0, 1, 0)])
        grid = random_crate(rng, rng.randint(1, 6), rng.randint(1, 6), weights)
        assert reference(grid) == brute(grid), grid
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(generate())} generated tests, minutes {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()



def scaled(n, seed):
    """About n cells of fresh oranges along one snaking path, rotten at its start: the rot takes
    about n / 2 minutes to reach the end (a minute-by-minute simulation is quadratic)."""
    grid = snake_grid(n, 1, 0)
    grid[0][0] = 2
    return [grid]
