def can_attend_meetings(intervals: List[List[int]]) -> bool:
    """Whether no two of the meetings overlap (touching ends are fine)."""
    pass
