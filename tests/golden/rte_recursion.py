# expect: RTE
def sum_and_sort(nums):
    return sum_and_sort(nums)
