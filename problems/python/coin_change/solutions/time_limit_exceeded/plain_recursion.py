def coin_change(coins, amount):
    # Correct, but without a memo each remaining amount is solved again on every path to it.
    def fewest(rest):
        if rest == 0:
            return 0
        best = -1
        for c in coins:
            if c <= rest:
                sub = fewest(rest - c)
                if sub >= 0 and (best < 0 or sub + 1 < best):
                    best = sub + 1
        return best

    return fewest(amount)
