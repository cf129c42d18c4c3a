class Solution:
    def jump(self, nums: List[int]) -> int:
        # Explicit breadth-first layers [left, right] of indices reached with `jumps` jumps.
        jumps = 0
        left = right = 0
        while right < len(nums) - 1:
            farthest = max(i + nums[i] for i in range(left, right + 1))
            left, right = right + 1, farthest
            jumps += 1
        return jumps
