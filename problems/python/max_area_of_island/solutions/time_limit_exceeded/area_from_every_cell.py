# Correct, but measures the island of every land cell from scratch: an island of k cells is
# flooded k times, O(cells^2) on a grid that is all land.
def max_area_of_island(grid):
    m, n = len(grid), len(grid[0])
    best = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != 1:
                continue
            seen = {(i, j)}
            stack = [(i, j)]
            while stack:
                r, c = stack.pop()
                for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= a < m and 0 <= b < n and grid[a][b] == 1 and (a, b) not in seen:
                        seen.add((a, b))
                        stack.append((a, b))
            best = max(best, len(seen))
    return best
