def num_islands(grid: List[List[str]]) -> int:
    """The number of islands of side-connected "1" cells in grid."""
    pass
