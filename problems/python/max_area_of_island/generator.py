"""Hidden tests for max_area_of_island: random grids, and 50 x 50 grids (the largest): random
land, all land, no land, a checkerboard, one island snaking through every other row (a
recursive search goes about 1,300 calls deep; on all land up to 2,500), and two large islands
whose sizes differ by one cell.

Measuring each land cell's island from scratch floods an island of k cells k times: 2,500
floods of 2,500 cells when the grid is all land. `python generator.py` cross-checks the
reference (iterative flood fill) against a brute force that merges labels until nothing
changes, on random small grids and on the JSON tests.
"""

import json
import random
from collections import Counter
from pathlib import Path

from judge.authoring import snake_grid

SIDE_MAX = 50


def reference(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    best = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1 or seen[i][j]:
                continue
            seen[i][j] = True
            stack = [(i, j)]
            size = 0
            while stack:
                r, c = stack.pop()
                size += 1
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and not seen[a][b]:
                        seen[a][b] = True
                        stack.append((a, b))
            best = max(best, size)
    return best


def brute(grid):
    """Give each land cell its own label; take the smaller label of neighbours until stable."""
    m, n = len(grid), len(grid[0])
    label = {(i, j): i * n + j for i in range(m) for j in range(n) if grid[i][j] == 1}
    changed = True
    while changed:
        changed = False
        for (i, j), v in label.items():
            for cell in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if cell in label and label[cell] < v:
                    label[i, j] = v = label[cell]
                    changed = True
    return max(Counter(label.values()).values(), default=0)


def _case(grid):
    m, n = len(grid), len(grid[0])
    assert 1 <= m <= SIDE_MAX and 1 <= n <= SIDE_MAX and all(len(row) == n for row in grid)
    assert all(cell in (0, 1) for row in grid for cell in row)
    return {"args": [grid], "expected": reference(grid)}


def random_grid(rng, m, n, land):
    return [[1 if rng.random() < land else 0 for _ in range(n)] for _ in range(m)]


def snake(m, n):
    grid = [[0] * n for _ in range(m)]
    for i in range(m):
        if i % 2 == 0:
            grid[i] = [1] * n
        else:
            grid[i][n - 1 if i % 4 == 1 else 0] = 1
    return grid


def two_islands(n):
    """Left block of 24 columns and right block of 25 columns minus one cell: 1,200 vs 1,249."""
    grid = [[1 if j != 24 else 0 for j in range(n)] for _ in range(n)]
    grid[n - 1][n - 1] = 0
    return grid


def generate():
    rng = random.Random(20260695)
    cases = []
    for land in (0.3, 0.5, 0.6, 0.75):
        cases.append(_case(random_grid(rng, rng.randint(2, 12), rng.randint(2, 12), land)))
    cases.append(_case(random_grid(rng, 1, SIDE_MAX, 0.7)))
    cases.append(_case(random_grid(rng, SIDE_MAX, SIDE_MAX, 0.55)))
    cases.append(_case([[1] * SIDE_MAX for _ in range(SIDE_MAX)]))
    cases.append(_case([[0] * SIDE_MAX for _ in range(SIDE_MAX)]))
    cases.append(_case([[(i + j + 1) % 2 for j in range(SIDE_MAX)] for i in range(SIDE_MAX)]))
    cases.append(_case(snake(SIDE_MAX, SIDE_MAX)))
    cases.append(_case(two_islands(SIDE_MAX)))
    return cases


def _self_check():
    rng = random.Random(29)
    for _ in range(2000):
        grid = random_grid(rng, rng.randint(1, 7), rng.randint(1, 7), rng.choice([0.2, 0.5, 0.7]))
        assert reference(grid) == brute(grid), grid
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        assert brute(*case["args"]) == case["expected"], case
    print(f"ok: {len(generate())} generated tests, areas {[c['expected'] for c in cases]}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16  # a recursive flood follows the snake about n / 2 calls deep



def scaled(n, seed):
    """One island snaking through a grid of about n cells: measuring its area again from each
    of its cells is quadratic, and a recursive flood goes about n / 2 deep."""
    return [snake_grid(n, 1, 0)]
