from typing import List


def min_eating_speed(piles: List[int], h: int) -> int:
    """The smallest whole eating speed that finishes all piles within h hours."""
    pass


if __name__ == "__main__":
    # The examples: `python3 koko_eating_bananas.py` prints your answers beside the expected ones;
    # `judge run koko_eating_bananas.py` judges them and the hidden tests.

    print(min_eating_speed([4, 9, 2, 7], 6), "expected", 5)
    print(min_eating_speed([8, 8, 8], 3), "expected", 8)
    print(min_eating_speed([1000000000], 2), "expected", 500000000)
