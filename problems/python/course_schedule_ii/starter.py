def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    """An order of all courses taking b before a for each [a, b]; [] if there is none."""
    pass
