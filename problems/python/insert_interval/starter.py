def insert(intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
    """The sorted, non-overlapping intervals with newInterval added (merged where needed)."""
    pass
