from typing import List


def max_sub_array(nums: List[int]) -> int:
    """The largest sum of a non-empty run of neighbouring elements of nums."""
    pass


if __name__ == "__main__":
    # The examples: `python3 maximum_subarray.py` prints your answers beside the expected ones;
    # `judge run maximum_subarray.py` judges them and the hidden tests.

    print(max_sub_array([3, -5, 4, -1, 2, -6, 1]), "expected", 5)
    print(max_sub_array([-3]), "expected", -3)
    print(max_sub_array([2, 3, -1, 4]), "expected", 8)
