# The memo key is the running sum alone, so results for different positions get mixed up.
def find_target_sum_ways(nums, target):
    memo = {}

    def ways(i, total):
        if i == len(nums):
            return 1 if total == target else 0
        if total not in memo:
            memo[total] = ways(i + 1, total + nums[i]) + ways(i + 1, total - nums[i])
        return memo[total]

    return ways(0, 0)
