# expect: AC
def sumAndSort(nums):
    return [sum(nums), sorted(nums)]
