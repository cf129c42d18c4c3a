# expect: RTE
def helper(nums):
    return nums[len(nums)]


def sum_and_sort(nums):
    return helper(nums)
