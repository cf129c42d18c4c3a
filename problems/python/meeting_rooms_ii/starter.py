from typing import List


def min_meeting_rooms(intervals: List[List[int]]) -> int:
    """The fewest rooms that can host all the meetings."""
    pass


if __name__ == "__main__":
    # The examples: `python3 meeting_rooms_ii.py` prints your answers beside the expected ones;
    # `judge run meeting_rooms_ii.py` judges them and the hidden tests.

    print(min_meeting_rooms([[0, 30], [5, 10], [15, 20]]), "expected", 2)
    print(min_meeting_rooms([[7, 10], [2, 4]]), "expected", 1)
    print(min_meeting_rooms([[1, 5], [5, 9], [2, 6]]), "expected", 2)
