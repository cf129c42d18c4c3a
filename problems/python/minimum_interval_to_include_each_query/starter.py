def min_interval(intervals: List[List[int]], queries: List[int]) -> List[int]:
    """For each query, the size of the smallest interval containing it, or -1."""
    pass
