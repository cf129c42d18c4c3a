def three_sum(nums):
    nums = sorted(nums)
    n = len(nums)
    found = []
    for i in range(n - 2):
        a = nums[i]
        if a > 0:
            break  # everything after is positive too
        if i > 0 and a == nums[i - 1]:
            continue
        j, k = i + 1, n - 1
        while j < k:
            s = a + nums[j] + nums[k]
            if s < 0:
                j += 1
            elif s > 0:
                k -= 1
            else:
                found.append([a, nums[j], nums[k]])
                j += 1
                k -= 1
                while j < k and nums[j] == nums[j - 1]:
                    j += 1
    return found
