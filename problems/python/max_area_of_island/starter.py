from typing import List


def max_area_of_island(grid: List[List[int]]) -> int:
    """The number of cells of the largest island of side-connected 1s (0 if none)."""
    pass


if __name__ == "__main__":
    # The examples: `python3 max_area_of_island.py` prints your answers beside the expected ones;
    # `judge run max_area_of_island.py` judges them and the hidden tests.

    print(
        max_area_of_island([[1, 1, 0, 0, 0], [1, 0, 0, 1, 1], [0, 0, 1, 1, 0], [1, 0, 0, 1, 0]]),
        "expected",
        5,
    )
    print(max_area_of_island([[0, 1], [1, 0]]), "expected", 1)
    print(max_area_of_island([[0, 0, 0]]), "expected", 0)
