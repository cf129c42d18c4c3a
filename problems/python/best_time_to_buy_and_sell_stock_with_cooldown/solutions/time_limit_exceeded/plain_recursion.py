def max_profit(prices):
    # Correct, but without a memo every (day, holding) state is solved again and again.
    def best(i, holding):
        if i >= len(prices):
            return 0
        wait = best(i + 1, holding)
        if holding:
            return max(wait, prices[i] + best(i + 2, False))
        return max(wait, -prices[i] + best(i + 1, True))

    return best(0, False)
