from typing import List


def merge(intervals: List[List[int]]) -> List[List[int]]:
    """The intervals left after merging every overlapping group, in any order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 merge_intervals.py` prints your answers beside the expected ones;
    # `judge run merge_intervals.py` judges them and the hidden tests.

    print(merge([[8, 10], [1, 4], [2, 5], [12, 12]]), "expected", [[1, 5], [8, 10], [12, 12]])
    print(merge([[1, 3], [3, 6]]), "expected", [[1, 6]])
    print(merge([[2, 9], [3, 4]]), "expected", [[2, 9]])
