from typing import List


def max_sliding_window(nums: List[int], k: int) -> List[int]:
    pass


if __name__ == "__main__":
    # The examples: `python3 sliding_window_maximum.py` prints your answers beside the expected ones;
    # `judge run sliding_window_maximum.py` judges them and the hidden tests.

    print(max_sliding_window([2, -1, 4, 3, 0, 5], 3), "expected", [4, 4, 4, 5])
    print(max_sliding_window([7], 1), "expected", [7])
    print(max_sliding_window([5, 4, 3, 2, 1], 2), "expected", [5, 4, 3, 2])
