# Skips a value when the *next* one is equal, so it never uses two copies as a and b:
# [-1, -1, 2] is lost.
def three_sum(nums):
    nums = sorted(nums)
    n = len(nums)
    found = []
    for i in range(n - 2):
        if nums[i] == nums[i + 1]:
            continue
        j, k = i + 1, n - 1
        while j < k:
            s = nums[i] + nums[j] + nums[k]
            if s < 0:
                j += 1
            elif s > 0:
                k -= 1
            else:
                found.append([nums[i], nums[j], nums[k]])
                j += 1
                k -= 1
                while j < k and nums[j] == nums[j - 1]:
                    j += 1
    return found
