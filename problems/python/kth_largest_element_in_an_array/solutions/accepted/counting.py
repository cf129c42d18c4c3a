def find_kth_largest(nums, k):
    # Values lie in [-10^4, 10^4]: count them, then walk down from the top.
    count = [0] * 20001
    for x in nums:
        count[x + 10000] += 1
    for v in range(20000, -1, -1):
        k -= count[v]
        if k <= 0:
            return v - 10000
