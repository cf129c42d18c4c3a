from typing import List


def rob(nums: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 house_robber.py` prints your answers beside the expected ones;
    # `judge run house_robber.py` judges them and the hidden tests.

    print(rob([2, 1, 1, 2]), "expected", 4)
    print(rob([5, 3, 4, 11, 2]), "expected", 16)
    print(rob([1, 2, 3, 1]), "expected", 4)
