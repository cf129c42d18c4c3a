class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        # Recursive search that keeps the grid intact and marks cells in a set.
        seen = set()

        def dfs(r: int, c: int) -> None:
            if (
                r not in range(len(grid))
                or c not in range(len(grid[0]))
                or grid[r][c] == "0"
                or (r, c) in seen
            ):
                return
            seen.add((r, c))
            for dr, dc in [[1, 0], [-1, 0], [0, 1], [0, -1]]:
                dfs(r + dr, c + dc)

        count = 0
        for r in range(len(grid)):
            for c in range(len(grid[0])):
                if grid[r][c] == "1" and (r, c) not in seen:
                    dfs(r, c)
                    count += 1
        return count
