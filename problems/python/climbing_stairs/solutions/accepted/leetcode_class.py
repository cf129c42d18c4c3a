class Solution:
    def climbStairs(self, n: int) -> int:
        # Top-down with a memo: each step count is solved once.
        @cache
        def ways(k: int) -> int:
            if k <= 1:
                return 1
            return ways(k - 1) + ways(k - 2)

        return ways(n)
