def oranges_rotting(grid):
    # Rot a whole minute at a time until nothing changes.
    m, n = len(grid), len(grid[0])
    minutes = 0
    while True:
        rotting = [
            (i, j)
            for i in range(m)
            for j in range(n)
            if grid[i][j] == 1
            and any(
                0 <= a < m and 0 <= b < n and grid[a][b] == 2
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))
            )
        ]
        if not rotting:
            break
        for i, j in rotting:
            grid[i][j] = 2
        minutes += 1
    if any(1 in row for row in grid):
        return -1
    return minutes
