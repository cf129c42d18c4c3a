from typing import List


def insert(intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
    """The sorted, non-overlapping intervals with newInterval added (merged where needed)."""
    pass


if __name__ == "__main__":
    # The examples: `python3 insert_interval.py` prints your answers beside the expected ones;
    # `judge run insert_interval.py` judges them and the hidden tests.

    print(insert([[1, 2], [4, 6], [9, 11]], [5, 9]), "expected", [[1, 2], [4, 11]])
    print(insert([[3, 4]], [0, 1]), "expected", [[0, 1], [3, 4]])
    print(insert([], [2, 7]), "expected", [[2, 7]])
