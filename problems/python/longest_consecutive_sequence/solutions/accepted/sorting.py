# O(n log n): sort, then count +1 steps and skip repeats. Accepted; the limit does not
# separate it from O(n).
def longest_consecutive(nums):
    if not nums:
        return 0
    nums = sorted(nums)
    best = current = 1
    for prev, x in zip(nums, nums[1:]):
        if x == prev + 1:
            current += 1
            best = max(best, current)
        elif x != prev:
            current = 1
    return best
