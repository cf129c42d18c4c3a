# expect: OLE
import sys


def sum_and_sort(nums):
    for _ in range(100):
        sys.stderr.write("y" * 100_000)
    return [sum(nums), sorted(nums)]
