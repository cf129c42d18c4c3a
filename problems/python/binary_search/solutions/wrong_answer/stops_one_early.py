# Loops while lo < hi with an inclusive hi, so the last candidate left is never compared:
# nums = [6], target = 6 gives -1.
def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
