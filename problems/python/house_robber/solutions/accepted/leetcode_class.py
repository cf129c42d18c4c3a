class Solution:
    def rob(self, nums: List[int]) -> int:
        # dp[i]: the best total from the houses i.. to the end of the row.
        n = len(nums)
        dp = [0] * (n + 2)
        for i in range(n - 1, -1, -1):
            dp[i] = max(dp[i + 1], nums[i] + dp[i + 2])
        return dp[0]
