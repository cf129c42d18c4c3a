from typing import List


def sort_colors(nums: List[int]) -> None:
    """Do not return anything: change nums itself."""


if __name__ == "__main__":
    # The examples: `python3 sort_colors.py` prints your answers beside the expected ones;
    # `judge run sort_colors.py` judges them and the hidden tests.

    nums = [2, 0, 2, 1, 1, 0]
    sort_colors(nums)
    print(nums, "expected", [0, 0, 1, 1, 2, 2])
    nums = [2, 0, 1]
    sort_colors(nums)
    print(nums, "expected", [0, 1, 2])
