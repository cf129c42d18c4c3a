def max_sub_array(nums: List[int]) -> int:
    """The largest sum of a non-empty run of neighbouring elements of nums."""
    pass
