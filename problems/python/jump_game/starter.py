def can_jump(nums: List[int]) -> bool:
    """Whether the last index can be reached from index 0, jumping at most nums[i] from i."""
    pass
