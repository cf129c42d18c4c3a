from typing import List


def can_attend_meetings(intervals: List[List[int]]) -> bool:
    """Whether no two of the meetings overlap (touching ends are fine)."""
    pass


if __name__ == "__main__":
    # The examples: `python3 meeting_rooms.py` prints your answers beside the expected ones;
    # `judge run meeting_rooms.py` judges them and the hidden tests.

    print(can_attend_meetings([[9, 12], [1, 4], [4, 8]]), "expected", True)
    print(can_attend_meetings([[2, 10], [5, 6]]), "expected", False)
    print(can_attend_meetings([]), "expected", True)
