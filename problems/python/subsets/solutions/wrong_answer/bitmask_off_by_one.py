# Stops one mask short, so the subset holding every number is missing.
def subsets(nums):
    n = len(nums)
    return [[nums[i] for i in range(n) if mask >> i & 1] for mask in range((1 << n) - 1)]
