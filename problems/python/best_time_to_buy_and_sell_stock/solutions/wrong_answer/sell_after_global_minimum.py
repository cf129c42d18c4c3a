def max_profit(prices):
    # Buys at the overall cheapest day; misses better trades made before that day.
    i = prices.index(min(prices))
    return max(prices[i:]) - prices[i]
