from typing import List


def two_sum(nums: List[int], target: int) -> List[int]:
    pass


if __name__ == "__main__":
    # The examples: `python3 two_sum.py` prints your answers beside the expected ones;
    # `judge run two_sum.py` judges them and the hidden tests.

    print(two_sum([3, 8, 11, 4], 12), "expected", [1, 3])
    print(two_sum([5, 5], 10), "expected", [0, 1])
    print(two_sum([-2, 7, 1, 9], 7), "expected", [0, 3])
