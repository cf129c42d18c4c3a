# Correct, but quickselect always takes the last element as its pivot (Lomuto): quadratic on
# sorted or all-equal input.
def find_kth_largest(nums, k):
    nums = list(nums)
    target = len(nums) - k  # its index in ascending order
    lo, hi = 0, len(nums) - 1
    while True:
        pivot, store = nums[hi], lo
        for i in range(lo, hi):
            if nums[i] <= pivot:
                nums[i], nums[store] = nums[store], nums[i]
                store += 1
        nums[store], nums[hi] = nums[hi], nums[store]
        if store == target:
            return nums[store]
        if store < target:
            lo = store + 1
        else:
            hi = store - 1
