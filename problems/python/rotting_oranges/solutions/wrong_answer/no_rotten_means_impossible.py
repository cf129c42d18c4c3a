# Answers -1 whenever there is no rotten orange, even when there is no fresh one either.
from collections import deque


def oranges_rotting(grid):
    m, n = len(grid), len(grid[0])
    queue = deque((i, j, 0) for i in range(m) for j in range(n) if grid[i][j] == 2)
    if not queue:
        return -1
    minutes = 0
    while queue:
        i, j, t = queue.popleft()
        minutes = max(minutes, t)
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                grid[a][b] = 2
                queue.append((a, b, t + 1))
    return -1 if any(1 in row for row in grid) else minutes
