def pacific_atlantic(heights):
    m, n = len(heights), len(heights[0])

    def reach(starts):
        seen = set(starts)
        stack = list(starts)
        while stack:
            r, c = stack.pop()
            h = heights[r][c]
            for cell in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                a, b = cell
                if 0 <= a < m and 0 <= b < n and cell not in seen and heights[a][b] >= h:
                    seen.add(cell)
                    stack.append(cell)
        return seen

    pacific = reach({(0, c) for c in range(n)} | {(r, 0) for r in range(m)})
    atlantic = reach({(m - 1, c) for c in range(n)} | {(r, n - 1) for r in range(m)})
    return [list(cell) for cell in pacific & atlantic]
