# expect: TLE
def sum_and_sort(nums):
    while True:
        pass
