def merge(intervals: List[List[int]]) -> List[List[int]]:
    """The intervals left after merging every overlapping group, in any order."""
    pass
