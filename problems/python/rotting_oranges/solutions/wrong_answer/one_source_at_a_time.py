# Spreads the rot from each rotten orange on its own, one after the other, and adds up the
# minutes, as if the rotten oranges took turns instead of spreading together.
from collections import deque


def oranges_rotting(grid):
    m, n = len(grid), len(grid[0])
    sources = [(i, j) for i in range(m) for j in range(n) if grid[i][j] == 2]
    total = 0
    for source in sources:
        dist = {source: 0}
        queue = deque([source])
        while queue:
            i, j = queue.popleft()
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in dist:
                    dist[(a, b)] = dist[(i, j)] + 1
                    grid[a][b] = 2
                    queue.append((a, b))
        total += max(dist.values())
    if any(1 in row for row in grid):
        return -1
    return total
