def search(nums: List[int], target: int) -> int:
    """The index of target in a possibly rotated sorted list of distinct integers, or -1."""
    pass
