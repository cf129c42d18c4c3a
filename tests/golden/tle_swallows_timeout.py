# expect: TLE
def sum_and_sort(nums):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
