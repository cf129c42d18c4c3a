def rob(nums):
    prev, cur = 0, 0  # best totals up to two houses back and up to the last house
    for x in nums:
        prev, cur = cur, max(cur, prev + x)
    return cur
