def max_profit(prices):
    best = 0
    cheapest = prices[0]
    for p in prices:
        if p < cheapest:
            cheapest = p
        elif p - cheapest > best:
            best = p - cheapest
    return best
