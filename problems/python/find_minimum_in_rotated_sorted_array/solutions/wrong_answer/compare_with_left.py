# Compares the middle with the left end: right for a rotated list, but on a list that is in
# sorted order it walks right and returns the largest element.
def find_min(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[lo]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
