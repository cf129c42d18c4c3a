# O(n): only walk forward from values that start a run (x - 1 absent), so each value is
# visited by at most one walk.
def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 not in values:
            length = 1
            while x + length in values:
                length += 1
            best = max(best, length)
    return best
