def oranges_rotting(grid: List[List[int]]) -> int:
    """Minutes until no fresh orange (1) is left, or -1 if one never rots."""
    pass
