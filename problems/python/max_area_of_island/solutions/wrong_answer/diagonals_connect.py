# Also steps diagonally, so land touching only at a corner is counted as one island.
def max_area_of_island(grid):
    m, n = len(grid), len(grid[0])

    def area(i, j):
        if i < 0 or j < 0 or i >= m or j >= n or grid[i][j] != 1:
            return 0
        grid[i][j] = 0
        return 1 + sum(area(i + a, j + b) for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b)

    return max(area(i, j) for i in range(m) for j in range(n))
