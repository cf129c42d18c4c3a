from typing import List


def find_target_sum_ways(nums: List[int], target: int) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 target_sum.py` prints your answers beside the expected ones;
    # `judge run target_sum.py` judges them and the hidden tests.

    print(find_target_sum_ways([2, 1, 1], 2), "expected", 2)
    print(find_target_sum_ways([3, 5, 1, 2], 1), "expected", 2)
    print(find_target_sum_ways([0, 4], -4), "expected", 2)
    print(find_target_sum_ways([6], 5), "expected", 0)
