class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # From the back: the leftmost index known to reach the end moves left when an
        # earlier index can jump to it.
        goal = len(nums) - 1
        for i in range(len(nums) - 2, -1, -1):
            if i + nums[i] >= goal:
                goal = i
        return goal == 0
