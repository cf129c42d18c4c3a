# Correct, but removes the maximum k - 1 times: n · k work, 5 · 10^9 for n = 10^5, k = n / 2.
def find_kth_largest(nums, k):
    nums = list(nums)
    for _ in range(k - 1):
        nums.remove(max(nums))
    return max(nums)
