class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # Memoised over (index, running sum): at most 20 · 2001 states.
        @cache
        def ways(i: int, total: int) -> int:
            if i == len(nums):
                return 1 if total == target else 0
            return ways(i + 1, total + nums[i]) + ways(i + 1, total - nums[i])

        return ways(0, 0)
