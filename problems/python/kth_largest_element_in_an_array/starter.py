from typing import List


def find_kth_largest(nums: List[int], k: int) -> int:
    """The k-th largest value of nums, repeats counted."""
    pass


if __name__ == "__main__":
    # The examples: `python3 kth_largest_element_in_an_array.py` prints your answers beside the expected ones;
    # `judge run kth_largest_element_in_an_array.py` judges them and the hidden tests.

    print(find_kth_largest([7, 1, 9, 4, 8], 2), "expected", 8)
    print(find_kth_largest([2, 6, 6, 3, 6, 1, 4], 3), "expected", 6)
    print(find_kth_largest([-5], 1), "expected", -5)
