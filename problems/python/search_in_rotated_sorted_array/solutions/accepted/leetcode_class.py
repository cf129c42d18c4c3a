class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # Find where the smallest value sits, then bisect in the sorted part that can hold target.
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        start = lo
        if start and target >= nums[0]:
            left, right = 0, start
        else:
            left, right = start, n
        i = bisect_left(nums, target, left, right)
        return i if i < right and nums[i] == target else -1
