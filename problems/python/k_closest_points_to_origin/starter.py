def k_closest(points: List[List[int]], k: int) -> List[List[int]]:
    """The k points nearest to (0, 0), in any order."""
    pass
