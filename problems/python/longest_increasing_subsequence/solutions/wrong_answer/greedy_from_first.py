# Greedy: starts from the first element and takes every value larger than the last taken.
def length_of_lis(nums):
    count, last = 1, nums[0]
    for x in nums[1:]:
        if x > last:
            count += 1
            last = x
    return count
