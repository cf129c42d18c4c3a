# expect: RTE
import sys


def sum_and_sort(nums):
    sys.exit(3)
