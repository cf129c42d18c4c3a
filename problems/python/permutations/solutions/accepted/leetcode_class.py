class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # Swap each remaining number into position k, recurse, and swap it back.
        result = []

        def go(k: int) -> None:
            if k == len(nums):
                result.append(nums[:])
                return
            for i in range(k, len(nums)):
                nums[k], nums[i] = nums[i], nums[k]
                go(k + 1)
                nums[k], nums[i] = nums[i], nums[k]

        go(0)
        return result
