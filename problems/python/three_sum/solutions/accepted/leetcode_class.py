class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Sort, then for each first value look for pairs with a set of values already passed.
        nums.sort()
        result = set()
        for i in range(len(nums)):
            if nums[i] > 0:
                break
            if i and nums[i] == nums[i - 1]:
                continue
            seen = set()
            for j in range(i + 1, len(nums)):
                need = -nums[i] - nums[j]
                if need in seen:
                    result.add((nums[i], need, nums[j]))
                seen.add(nums[j])
        return [list(t) for t in result]
