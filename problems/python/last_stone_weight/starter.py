from typing import List


def last_stone_weight(stones: List[int]) -> int:
    """The weight of the last stone standing after smashing the two heaviest, or 0."""
    pass


if __name__ == "__main__":
    # The examples: `python3 last_stone_weight.py` prints your answers beside the expected ones;
    # `judge run last_stone_weight.py` judges them and the hidden tests.

    print(last_stone_weight([3, 8, 2, 6]), "expected", 1)
    print(last_stone_weight([4, 4]), "expected", 0)
    print(last_stone_weight([9]), "expected", 9)
