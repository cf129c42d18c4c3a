# expect: AC
def sum_and_sort(nums):
    nums.sort()  # mutating the input is allowed: every test gets a fresh copy
    return (sum(nums), tuple(nums))
