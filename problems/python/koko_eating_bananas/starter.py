def min_eating_speed(piles: List[int], h: int) -> int:
    """The smallest whole eating speed that finishes all piles within h hours."""
    pass
