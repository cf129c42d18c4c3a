# expect: TLE
import time


def sum_and_sort(nums):
    time.sleep(30)
