def rob(nums):
    # Correct, but every suffix is solved again each time it is reached: exponential.
    def best(i):
        if i >= len(nums):
            return 0
        return max(best(i + 1), nums[i] + best(i + 2))

    return best(0)
