# Always returns the element at index k // 2, forgetting to average when k is even.
def find_median_sorted_arrays(nums1, nums2):
    merged = sorted(nums1 + nums2)
    return float(merged[len(merged) // 2])
