def num_islands(grid):
    m, n = len(grid), len(grid[0])
    parent = list(range(m * n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    count = 0
    for i in range(m):
        for j in range(n):
            if grid[i][j] != "1":
                continue
            count += 1
            for a, b in ((i - 1, j), (i, j - 1)):
                if a >= 0 and b >= 0 and grid[a][b] == "1":
                    ra, rb = find(a * n + b), find(i * n + j)
                    if ra != rb:
                        parent[ra] = rb
                        count -= 1
    return count
