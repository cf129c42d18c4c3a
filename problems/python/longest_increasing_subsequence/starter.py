from typing import List


def length_of_lis(nums: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 longest_increasing_subsequence.py` prints your answers beside the expected ones;
    # `judge run longest_increasing_subsequence.py` judges them and the hidden tests.

    print(length_of_lis([3, 1, 8, 2, 5, 9]), "expected", 4)
    print(length_of_lis([4, 4, 4]), "expected", 1)
    print(length_of_lis([9, 2, 10, 3, 4, 11, 1]), "expected", 4)
