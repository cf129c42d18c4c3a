from collections import deque


def pacific_atlantic(heights):
    m, n = len(heights), len(heights[0])

    def climb(starts):
        seen = [[False] * n for _ in range(m)]
        for r, c in starts:
            seen[r][c] = True
        queue = deque(starts)
        while queue:
            r, c = queue.popleft()
            for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= a < m and 0 <= b < n and not seen[a][b] and heights[a][b] >= heights[r][c]:
                    seen[a][b] = True
                    queue.append((a, b))
        return seen

    pacific = climb([(0, c) for c in range(n)] + [(r, 0) for r in range(1, m)])
    atlantic = climb([(m - 1, c) for c in range(n)] + [(r, n - 1) for r in range(m - 1)])
    return [[r, c] for r in range(m) for c in range(n) if pacific[r][c] and atlantic[r][c]]
