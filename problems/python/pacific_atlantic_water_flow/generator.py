"""Hidden tests for pacific_atlantic: random small grids, single rows and columns, and 200 x 200
grids (the largest): flat ground (every cell drains both ways; a recursive search from the
edges goes tens of thousands of calls deep), random heights over the full range, a peak in the
middle, a slope, and a checkerboard of the extreme heights.

A downhill search from every cell costs O((rows * columns)^2) on flat ground. `python
generator.py` cross-checks the reference (climbing from each ocean's edges) against exactly
that brute force on random small grids and on the JSON tests.
"""

import json
import random
from pathlib import Path

SIDE_MAX = 200
H_MAX = 10**5
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def reference(heights):
    m, n = len(heights), len(heights[0])

    def climb(starts):
        seen = set(starts)
        stack = list(starts)
        while stack:
            r, c = stack.pop()
            for dr, dc in STEPS:
                a, b = r + dr, c + dc
                if 0 <= a < m and 0 <= b < n and (a, b) not in seen and heights[a][b] >= heights[r][c]:
                    seen.add((a, b))
                    stack.append((a, b))
        return seen

    pacific = climb({(0, c) for c in range(n)} | {(r, 0) for r in range(m)})
    atlantic = climb({(m - 1, c) for c in range(n)} | {(r, n - 1) for r in range(m)})
    return sorted([r, c] for r, c in pacific & atlantic)


def brute(heights):
    """From each cell, every cell its water reaches; keep it if that touches both oceans."""
    m, n = len(heights), len(heights[0])
    out = []
    for r in range(m):
        for c in range(n):
            seen = {(r, c)}
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for di, dj in STEPS:
                    a, b = i + di, j + dj
                    if 0 <= a < m and 0 <= b < n and (a, b) not in seen and heights[a][b] <= heights[i][j]:
                        seen.add((a, b))
                        stack.append((a, b))
            if any(i == 0 or j == 0 for i, j in seen) and any(i == m - 1 or j == n - 1 for i, j in seen):
                out.append([r, c])
    return out


def _case(heights):
    m, n = len(heights), len(heights[0])
    assert 1 <= m <= SIDE_MAX and 1 <= n <= SIDE_MAX and all(len(row) == n for row in heights)
    assert all(0 <= h <= H_MAX for row in heights for h in row)
    return {"args": [heights], "expected": reference(heights)}


def random_grid(rng, m, n, top):
    return [[rng.randint(0, top) for _ in range(n)] for _ in range(m)]


def generate():
    rng = random.Random(20260417)
    cases = []
    for top in (2, 5, 20):
        cases.append(_case(random_grid(rng, rng.randint(2, 10), rng.randint(2, 10), top)))
    cases.append(_case(random_grid(rng, 1, SIDE_MAX, H_MAX)))
    cases.append(_case(random_grid(rng, SIDE_MAX, 1, H_MAX)))
    s = SIDE_MAX
    cases.append(_case([[H_MAX] * s for _ in range(s)]))
    cases.append(_case(random_grid(rng, s, s, H_MAX)))
    cases.append(_case(random_grid(rng, s, s, 3)))
    cases.append(_case([[H_MAX - abs(r - s // 2) - abs(c - s // 2) for c in range(s)] for r in range(s)]))
    cases.append(_case([[r + c for c in range(s)] for r in range(s)]))
    cases.append(_case([[H_MAX * ((r + c) % 2) for c in range(s)] for r in range(s)]))
    return cases


def _self_check():
    rng = random.Random(31)
    for _ in range(1500):
        grid = random_grid(rng, rng.randint(1, 6), rng.randint(1, 6), rng.choice([1, 3, 9]))
        assert reference(grid) == brute(grid), grid
    here = Path(__file__).parent
    cases = generate()
    for name in ("samples.json", "hidden.json"):
        cases += json.loads((here / "tests" / name).read_text())
    for case in cases:
        _case(*case["args"])
        heights = case["args"][0]
        if len(heights) * len(heights[0]) <= 400:
            assert brute(heights) == sorted(case["expected"]), case
    print(f"ok: {len(generate())} generated tests, cells {[len(c['expected']) for c in cases]}")


if __name__ == "__main__":
    _self_check()


SCALED_MAX = 1 << 16  # every cell is in the answer: it stays under 1 MiB of JSON


def scaled(n, seed):
    """Flat ground of about n cells: every cell drains both ways, a search from every cell is
    quadratic and a recursive climb from the edges goes far down."""
    rng = random.Random(seed)
    rows = max(int(n**0.5), 1)
    h = rng.randint(0, H_MAX)
    return [[[h] * max(n // rows, 1) for _ in range(rows)]]
