# Always takes the longest jump: landing on a 0 ends the walk even when a shorter jump
# would have gone on.
def can_jump(nums):
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
