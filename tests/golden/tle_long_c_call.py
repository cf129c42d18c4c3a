# expect: TLE
def sum_and_sort(nums):
    # One call into C that never returns to the interpreter: only the host can stop it.
    return [sum(range(10**12)), sorted(nums)]
