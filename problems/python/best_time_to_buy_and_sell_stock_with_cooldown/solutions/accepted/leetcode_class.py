class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Top-down over (day, holding) with a memo; selling jumps two days ahead.
        @cache
        def best(i: int, holding: bool) -> int:
            if i >= len(prices):
                return 0
            wait = best(i + 1, holding)
            if holding:
                return max(wait, prices[i] + best(i + 2, False))
            return max(wait, -prices[i] + best(i + 1, True))

        return best(0, False)
