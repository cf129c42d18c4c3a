# Correct, but searches downhill from every cell separately: O((rows * columns)^2) on flat ground.
def pacific_atlantic(heights):
    m, n = len(heights), len(heights[0])
    out = []
    for r in range(m):
        for c in range(n):
            pacific = atlantic = False
            seen = {(r, c)}
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                pacific |= i == 0 or j == 0
                atlantic |= i == m - 1 or j == n - 1
                for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                    if 0 <= a < m and 0 <= b < n and (a, b) not in seen and heights[a][b] <= heights[i][j]:
                        seen.add((a, b))
                        stack.append((a, b))
            if pacific and atlantic:
                out.append([r, c])
    return out
