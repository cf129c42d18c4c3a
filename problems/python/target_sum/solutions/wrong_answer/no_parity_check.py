# Subset-sum reduction that forgets (total + target) must be even: the halving rounds down.
def find_target_sum_ways(nums, target):
    total = sum(nums)
    if abs(target) > total:
        return 0
    p = (total + target) // 2
    count = [1] + [0] * p
    for x in nums:
        for s in range(p, x - 1, -1):
            count[s] += count[s - x]
    return count[p]
