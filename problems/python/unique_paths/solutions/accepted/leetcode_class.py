class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # Choose which m - 1 of the m + n - 2 moves go down.
        return math.comb(m + n - 2, m - 1)
