# expect: CE
def total(nums):
    return sum(nums)
