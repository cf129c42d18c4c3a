def max_area_of_island(grid: List[List[int]]) -> int:
    """The number of cells of the largest island of side-connected 1s (0 if none)."""
    pass
