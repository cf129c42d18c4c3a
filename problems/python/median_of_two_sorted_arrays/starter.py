from typing import List


def find_median_sorted_arrays(nums1: List[int], nums2: List[int]) -> float:
    """The median of all numbers of the two sorted lists together."""
    pass


if __name__ == "__main__":
    # The examples: `python3 median_of_two_sorted_arrays.py` prints your answers beside the expected ones;
    # `judge run median_of_two_sorted_arrays.py` judges them and the hidden tests.

    print(find_median_sorted_arrays([1, 4, 9], [2, 3]), "expected", 3.0)
    print(find_median_sorted_arrays([1, 5], [2, 8]), "expected", 3.5)
    print(find_median_sorted_arrays([], [-6]), "expected", -6.0)
