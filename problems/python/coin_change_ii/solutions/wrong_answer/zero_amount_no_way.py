# Treats amount 0 as "nothing to pay, so no way", instead of the one empty way.
def change(amount, coins):
    if amount == 0:
        return 0
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
