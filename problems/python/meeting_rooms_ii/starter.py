def min_meeting_rooms(intervals: List[List[int]]) -> int:
    """The fewest rooms that can host all the meetings."""
    pass
