class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # Best run ending at j = prefix[j + 1] - (smallest prefix before it).
        best = -math.inf
        prefix = 0
        lowest = 0
        for x in nums:
            prefix += x
            best = max(best, prefix - lowest)
            lowest = min(lowest, prefix)
        return best
