def rotate(matrix: List[List[int]]) -> None:
    """Do not return anything: turn matrix itself a quarter turn clockwise."""
