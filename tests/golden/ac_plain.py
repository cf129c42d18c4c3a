# expect: AC
def sum_and_sort(nums):
    return [sum(nums), sorted(nums)]
