# Always jumps as far as it can, which can land on a short jump (or a zero) too early.
def jump(nums):
    i = jumps = 0
    n = len(nums)
    while i < n - 1:
        i += max(nums[i], 1)
        jumps += 1
    return jumps
