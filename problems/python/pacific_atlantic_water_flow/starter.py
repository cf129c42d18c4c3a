def pacific_atlantic(heights: List[List[int]]) -> List[List[int]]:
    """The [r, c] of every cell whose water can reach both oceans, in any order."""
    pass
