class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Breadth-first flood fill from each unvisited land cell.
        rows, cols = len(grid), len(grid[0])
        visited = set()
        islands = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in visited:
                    islands += 1
                    visited.add((r, c))
                    q = deque([(r, c)])
                    while q:
                        row, col = q.popleft()
                        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                            nr, nc = row + dr, col + dc
                            if (
                                0 <= nr < rows
                                and 0 <= nc < cols
                                and grid[nr][nc] == "1"
                                and (nr, nc) not in visited
                            ):
                                visited.add((nr, nc))
                                q.append((nr, nc))
        return islands
