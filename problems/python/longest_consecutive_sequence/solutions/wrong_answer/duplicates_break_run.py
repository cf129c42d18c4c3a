# Sorted scan that treats a repeated value as the end of the run.
def longest_consecutive(nums):
    if not nums:
        return 0
    nums = sorted(nums)
    best = current = 1
    for prev, x in zip(nums, nums[1:]):
        if x == prev + 1:
            current += 1
        else:
            current = 1
        best = max(best, current)
    return best
