# expect: RTE
import os


def sum_and_sort(nums):
    os._exit(0)
