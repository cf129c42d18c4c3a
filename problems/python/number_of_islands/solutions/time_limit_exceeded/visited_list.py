# Correct, but keeps visited cells in a list: every membership test scans it, O(cells^2).
def num_islands(grid):
    m, n = len(grid), len(grid[0])
    visited = []
    count = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] == "1" and (i, j) not in visited:
                count += 1
                visited.append((i, j))
                stack = [(i, j)]
                while stack:
                    r, c = stack.pop()
                    for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == "1" and (a, b) not in visited:
                            visited.append((a, b))
                            stack.append((a, b))
    return count
