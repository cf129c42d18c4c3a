def is_n_straight_hand(hand: List[int], groupSize: int) -> bool:
    """Whether the cards split into groups of groupSize consecutive numbers."""
    pass
