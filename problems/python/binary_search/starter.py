from typing import List


def search(nums: List[int], target: int) -> int:
    """The index of target in the sorted list nums, or -1."""
    pass


if __name__ == "__main__":
    # The examples: `python3 binary_search.py` prints your answers beside the expected ones;
    # `judge run binary_search.py` judges them and the hidden tests.

    print(search([-4, 0, 2, 7, 15], 7), "expected", 3)
    print(search([-4, 0, 2, 7, 15], 5), "expected", -1)
    print(search([6], 6), "expected", 0)
