def max_sub_array(nums):
    # Tries every start and extends it to every end: O(n^2).
    n = len(nums)
    best = nums[0]
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total > best:
                best = total
    return best
