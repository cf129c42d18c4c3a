def length_of_lis(nums):
    # dp[i]: the longest increasing pick ending with nums[i].
    dp = [1] * len(nums)
    for i in range(1, len(nums)):
        for j in range(i):
            if nums[i] > nums[j]:
                dp[i] = max(dp[i], dp[j] + 1)
    return max(dp)
