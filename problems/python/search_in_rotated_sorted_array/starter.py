from typing import List


def search(nums: List[int], target: int) -> int:
    """The index of target in a possibly rotated sorted list of distinct integers, or -1."""
    pass


if __name__ == "__main__":
    # The examples: `python3 search_in_rotated_sorted_array.py` prints your answers beside the expected ones;
    # `judge run search_in_rotated_sorted_array.py` judges them and the hidden tests.

    print(search([8, 9, 1, 3, 6], 3), "expected", 3)
    print(search([8, 9, 1, 3, 6], 7), "expected", -1)
    print(search([2, 5], 5), "expected", 1)
