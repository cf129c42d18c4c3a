def change(amount, coins):
    # Correct, but without a memo: at least one call per way of paying.
    def count(i, rest):
        if rest == 0:
            return 1
        if i == len(coins):
            return 0
        total = count(i + 1, rest)
        if coins[i] <= rest:
            total += count(i, rest - coins[i])
        return total

    return count(0, amount)
