from collections import deque


def oranges_rotting(grid):
    # The answer is the largest distance from the nearest rotten orange over all fresh ones.
    m, n = len(grid), len(grid[0])
    dist = [[-1] * n for _ in range(m)]
    queue = deque()
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 2:
                dist[i][j] = 0
                queue.append((i, j))
    while queue:
        i, j = queue.popleft()
        for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and dist[a][b] < 0:
                dist[a][b] = dist[i][j] + 1
                queue.append((a, b))
    worst = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] == 1:
                if dist[i][j] < 0:
                    return -1
                worst = max(worst, dist[i][j])
    return worst
