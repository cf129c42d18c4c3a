def length_of_lis(nums):
    # Correct, but tries taking and skipping every element without a memo: up to 2^n calls.
    def best(i, last):
        if i == len(nums):
            return 0
        skip = best(i + 1, last)
        if nums[i] > last:
            return max(skip, 1 + best(i + 1, nums[i]))
        return skip

    return best(0, float("-inf"))
