def find_median_sorted_arrays(nums1: List[int], nums2: List[int]) -> float:
    """The median of all numbers of the two sorted lists together."""
    pass
