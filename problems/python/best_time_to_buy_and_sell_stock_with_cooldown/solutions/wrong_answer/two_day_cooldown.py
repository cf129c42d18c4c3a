# Looks back one day too far: after a sale it waits two days before buying again.
def max_profit(prices):
    n = len(prices)
    free = [0] * (n + 3)  # free[i + 3]: best profit without a share after day i
    hold = float("-inf")
    for i, p in enumerate(prices):
        hold = max(hold, free[i] - p)  # should be free[i + 1]: the profit as of day i - 2
        free[i + 3] = max(free[i + 2], hold + p)
    return free[n + 2]
