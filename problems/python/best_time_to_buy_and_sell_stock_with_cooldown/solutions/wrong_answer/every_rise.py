# Greedy: takes every day-to-day rise, which needs a buy right after each sale.
def max_profit(prices):
    return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
