def letter_combinations(digits: str) -> List[str]:
    """Every string the keypad digits could spell, in any order; [] for no digits."""
    pass
