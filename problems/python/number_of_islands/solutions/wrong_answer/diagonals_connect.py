# Also steps diagonally, so land touching only at a corner is taken for one island.
def num_islands(grid):
    m, n = len(grid), len(grid[0])
    count = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != "1":
                continue
            count += 1
            grid[i][j] = "0"
            stack = [(i, j)]
            while stack:
                r, c = stack.pop()
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        a, b = r + dr, c + dc
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1":
                            grid[a][b] = "0"
                            stack.append((a, b))
    return count
