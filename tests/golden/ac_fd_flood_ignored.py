# expect: AC
import os


def sum_and_sort(nums):
    for fd in (1, 2):  # raw writes to the process's own stdout/stderr go nowhere
        os.write(fd, b"z" * 1_000_000)
    return [sum(nums), sorted(nums)]
