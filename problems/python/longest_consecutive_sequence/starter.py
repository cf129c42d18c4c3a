from typing import List


def longest_consecutive(nums: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 longest_consecutive_sequence.py` prints your answers beside the expected ones;
    # `judge run longest_consecutive_sequence.py` judges them and the hidden tests.

    print(longest_consecutive([7, 30, 5, 6, 100, 8]), "expected", 4)
    print(longest_consecutive([]), "expected", 0)
    print(longest_consecutive([0, -1, 1, 1, 2, -3]), "expected", 4)
