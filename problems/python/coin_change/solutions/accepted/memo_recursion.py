from functools import lru_cache


def coin_change(coins, amount):
    @lru_cache(maxsize=None)
    def fewest(rest):
        if rest == 0:
            return 0
        best = float("inf")
        for c in coins:
            if c <= rest:
                best = min(best, fewest(rest - c) + 1)
        return best

    answer = fewest(amount)
    return -1 if answer == float("inf") else answer
