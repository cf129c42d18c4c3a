import math


# math.prod runs in C, but on a fresh slice of n - 1 elements per position: still O(n^2).
def product_except_self(nums):
    return [math.prod(nums[:i] + nums[i + 1 :]) for i in range(len(nums))]
