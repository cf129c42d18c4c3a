class Solution:
    def findMin(self, nums: List[int]) -> int:
        # Elements before the drop are >= nums[0], those after it are smaller: bisect for the
        # first one smaller than nums[0]; none means the list is in sorted order.
        first = nums[0]
        drop = bisect_left(nums, True, key=lambda x: x < first)
        return nums[drop] if drop < len(nums) else first
