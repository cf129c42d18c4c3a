def find_kth_largest(nums: List[int], k: int) -> int:
    """The k-th largest value of nums, repeats counted."""
    pass
