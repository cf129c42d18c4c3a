# Right table, but an unreachable amount returns the sentinel amount + 1 instead of -1.
def coin_change(coins, amount):
    dp = [0] + [amount + 1] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                dp[a] = min(dp[a], dp[a - c] + 1)
    return dp[amount]
