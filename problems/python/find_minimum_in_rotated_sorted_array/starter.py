from typing import List


def find_min(nums: List[int]) -> int:
    """The smallest element of a rotated sorted list of distinct integers."""
    pass


if __name__ == "__main__":
    # The examples: `python3 find_minimum_in_rotated_sorted_array.py` prints your answers beside the expected ones;
    # `judge run find_minimum_in_rotated_sorted_array.py` judges them and the hidden tests.

    print(find_min([8, 9, 1, 3, 6]), "expected", 1)
    print(find_min([5, 7, 10, -2, 0]), "expected", -2)
    print(find_min([4, 11, 12]), "expected", 4)
