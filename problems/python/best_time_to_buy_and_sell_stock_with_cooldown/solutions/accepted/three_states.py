def max_profit(prices):
    # hold: own a share; sold: sold today (tomorrow is a cooldown); rest: free to buy.
    hold, sold, rest = -prices[0], 0, 0
    for p in prices[1:]:
        hold, sold, rest = max(hold, rest - p), hold + p, max(rest, sold)
    return max(sold, rest)
