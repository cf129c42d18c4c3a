# Counts a minute for every layer of the search, including the last one in which nothing rots:
# one minute too many (and 1 instead of 0 when nothing is fresh but something is rotten).
from collections import deque


def oranges_rotting(grid):
    m, n = len(grid), len(grid[0])
    queue = deque((i, j) for i in range(m) for j in range(n) if grid[i][j] == 2)
    minutes = 0
    while queue:
        for _ in range(len(queue)):
            i, j = queue.popleft()
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                    grid[a][b] = 2
                    queue.append((a, b))
        minutes += 1
    if any(1 in row for row in grid):
        return -1
    return minutes
