from typing import List


def is_n_straight_hand(hand: List[int], groupSize: int) -> bool:
    """Whether the cards split into groups of groupSize consecutive numbers."""
    pass


if __name__ == "__main__":
    # The examples: `python3 hand_of_straights.py` prints your answers beside the expected ones;
    # `judge run hand_of_straights.py` judges them and the hidden tests.

    print(is_n_straight_hand([6, 2, 3, 4, 7, 8, 3, 4, 5], 3), "expected", True)
    print(is_n_straight_hand([1, 2, 3, 5, 6], 2), "expected", False)
    print(is_n_straight_hand([1, 1, 2, 3], 2), "expected", False)
