def max_area_of_island(grid):
    m, n = len(grid), len(grid[0])

    def area(i, j):
        if i < 0 or j < 0 or i >= m or j >= n or grid[i][j] != 1:
            return 0
        grid[i][j] = 0
        return 1 + area(i + 1, j) + area(i - 1, j) + area(i, j + 1) + area(i, j - 1)

    return max(area(i, j) for i in range(m) for j in range(n))
