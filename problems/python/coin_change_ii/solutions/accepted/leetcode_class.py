class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        # dp[i][a]: ways to pay a with the first i coin values.
        n = len(coins)
        dp = [[0] * (amount + 1) for _ in range(n + 1)]
        for i in range(n + 1):
            dp[i][0] = 1
        for i in range(1, n + 1):
            c = coins[i - 1]
            for a in range(1, amount + 1):
                dp[i][a] = dp[i - 1][a]
                if a >= c:
                    dp[i][a] += dp[i][a - c]
        return dp[n][amount]
