def find_min(nums: List[int]) -> int:
    """The smallest element of a rotated sorted list of distinct integers."""
    pass
