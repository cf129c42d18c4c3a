from typing import List


def erase_overlap_intervals(intervals: List[List[int]]) -> int:
    """The fewest intervals to remove so that the rest do not overlap."""
    pass


if __name__ == "__main__":
    # The examples: `python3 non_overlapping_intervals.py` prints your answers beside the expected ones;
    # `judge run non_overlapping_intervals.py` judges them and the hidden tests.

    print(erase_overlap_intervals([[1, 3], [2, 4], [3, 5], [1, 5]]), "expected", 2)
    print(erase_overlap_intervals([[0, 2], [0, 2], [0, 2]]), "expected", 2)
    print(erase_overlap_intervals([[4, 6], [1, 4]]), "expected", 0)
