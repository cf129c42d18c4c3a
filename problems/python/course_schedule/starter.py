from typing import List


def can_finish(num_courses: int, prerequisites: List[List[int]]) -> bool:
    """Whether every course can be taken when each [a, b] requires b before a."""
    pass


if __name__ == "__main__":
    # The examples: `python3 course_schedule.py` prints your answers beside the expected ones;
    # `judge run course_schedule.py` judges them and the hidden tests.

    print(can_finish(3, [[1, 0], [2, 1]]), "expected", True)
    print(can_finish(3, [[1, 0], [0, 2], [2, 1]]), "expected", False)
    print(can_finish(4, []), "expected", True)
