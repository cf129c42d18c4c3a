def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    """The fewest intervals to remove so that the rest do not overlap."""
    pass
