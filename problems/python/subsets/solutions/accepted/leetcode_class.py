class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        # Each number doubles the list: every subset so far, with and without it.
        result = [[]]
        for x in nums:
            result += [s + [x] for s in result]
        return result
