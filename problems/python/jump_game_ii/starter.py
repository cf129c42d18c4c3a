def jump(nums: List[int]) -> int:
    """The fewest jumps from index 0 to the last index, jumping at most nums[i] from i."""
    pass
