def search(nums: List[int], target: int) -> int:
    """The index of target in the sorted list nums, or -1."""
    pass
