from typing import List


def three_sum(nums: List[int]) -> List[List[int]]:
    pass


if __name__ == "__main__":
    # The examples: `python3 three_sum.py` prints your answers beside the expected ones;
    # `judge run three_sum.py` judges them and the hidden tests.

    print(three_sum([-2, 0, 1, 1, 2]), "expected", [[-2, 0, 2], [-2, 1, 1]])
    print(three_sum([1, 2, -4]), "expected", [])
    print(three_sum([0, 0, 0, 0]), "expected", [[0, 0, 0]])
