# Walks forward from every value, not only from run starts: O(n^2) on one long run.
def longest_consecutive(nums):
    values = set(nums)
    best = 0
    for x in values:
        length = 1
        while x + length in values:
            length += 1
        best = max(best, length)
    return best
