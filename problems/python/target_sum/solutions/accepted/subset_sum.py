def find_target_sum_ways(nums, target):
    # The numbers given "+" add up to p and the others to total - p, so p - (total - p) is
    # the target: count the subsets summing to p = (total + target) / 2.
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0
    p = (total + target) // 2
    count = [1] + [0] * p
    for x in nums:
        for s in range(p, x - 1, -1):
            count[s] += count[s - x]
    return count[p]
