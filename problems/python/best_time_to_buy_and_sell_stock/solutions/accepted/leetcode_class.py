class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # Kadane on day-to-day changes: the best run of consecutive changes is the best trade.
        best = run = 0
        for prev, cur in zip(prices, prices[1:]):
            run = max(0, run + cur - prev)
            best = max(best, run)
        return best
