def find_target_sum_ways(nums, target):
    # Correct, but tries all 2^n sign choices one by one.
    def ways(i, total):
        if i == len(nums):
            return 1 if total == target else 0
        return ways(i + 1, total + nums[i]) + ways(i + 1, total - nums[i])

    return ways(0, 0)
