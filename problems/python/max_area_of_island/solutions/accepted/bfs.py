from collections import deque


def max_area_of_island(grid):
    m, n = len(grid), len(grid[0])
    seen = [[False] * n for _ in range(m)]
    best = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1 or seen[i][j]:
                continue
            seen[i][j] = True
            queue = deque([(i, j)])
            size = 0
            while queue:
                r, c = queue.popleft()
                size += 1
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and not seen[a][b]:
                        seen[a][b] = True
                        queue.append((a, b))
            best = max(best, size)
    return best
