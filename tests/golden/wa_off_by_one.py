# expect: WA
def sum_and_sort(nums):
    return [sum(nums[1:]), sorted(nums)]
