# Restarts the run at every negative number instead of when the running sum turns negative,
# so a dip worth crossing ([5, -4, 6]) is never crossed.
def max_sub_array(nums):
    best = nums[0]
    current = 0
    for x in nums:
        if x < 0:
            current = 0
            best = max(best, x)
        else:
            current += x
            best = max(best, current)
    return best
