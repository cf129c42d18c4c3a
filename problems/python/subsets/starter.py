from typing import List


def subsets(nums: List[int]) -> List[List[int]]:
    """Every subset of the distinct numbers in nums, in any order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 subsets.py` prints your answers beside the expected ones;
    # `judge run subsets.py` judges them and the hidden tests.

    print(subsets([4, 7, 1]), "expected", [[], [4], [7], [1], [4, 7], [4, 1], [7, 1], [4, 7, 1]])
    print(subsets([-3]), "expected", [[], [-3]])
