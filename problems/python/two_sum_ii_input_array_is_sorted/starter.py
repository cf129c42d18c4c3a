from typing import List


def two_sum(numbers: List[int], target: int) -> List[int]:
    pass


if __name__ == "__main__":
    # The examples: `python3 two_sum_ii_input_array_is_sorted.py` prints your answers beside the expected ones;
    # `judge run two_sum_ii_input_array_is_sorted.py` judges them and the hidden tests.

    print(two_sum([1, 3, 4, 8, 12], 11), "expected", [2, 4])
    print(two_sum([-4, -1, 0, 6], -5), "expected", [1, 2])
    print(two_sum([5, 5], 10), "expected", [1, 2])
