# Two pointers without skipping repeated values: the same triplet is reported many times.
def three_sum(nums):
    nums = sorted(nums)
    n = len(nums)
    found = []
    for i in range(n - 2):
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
    return found
