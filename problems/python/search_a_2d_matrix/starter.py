def search_matrix(matrix: List[List[int]], target: int) -> bool:
    """Whether target occurs in the matrix sorted in reading order."""
    pass
