# Starts from the one-element subsets, so the empty subset is never reported.
def subsets(nums):
    result = []
    for x in nums:
        result += [s + [x] for s in result] + [[x]]
    return result
