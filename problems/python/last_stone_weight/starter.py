def last_stone_weight(stones: List[int]) -> int:
    """The weight of the last stone standing after smashing the two heaviest, or 0."""
    pass
