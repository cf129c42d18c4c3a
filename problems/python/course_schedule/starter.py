def can_finish(num_courses: int, prerequisites: List[List[int]]) -> bool:
    """Whether every course can be taken when each [a, b] requires b before a."""
    pass
