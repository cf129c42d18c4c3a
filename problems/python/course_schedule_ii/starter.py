from typing import List


def find_order(num_courses: int, prerequisites: List[List[int]]) -> List[int]:
    """An order of all courses taking b before a for each [a, b]; [] if there is none."""
    pass


if __name__ == "__main__":
    # The examples: `python3 course_schedule_ii.py` prints your answers beside the expected ones;
    # `judge run course_schedule_ii.py` judges them and the hidden tests.

    print(find_order(2, [[1, 0]]), "expected", [0, 1])
    print(find_order(4, [[1, 0], [2, 0], [3, 1], [3, 2]]), "expected", [0, 1, 2, 3])
    print(find_order(3, [[0, 1], [1, 2], [2, 0]]), "expected", [])
    print(find_order(1, []), "expected", [0])
