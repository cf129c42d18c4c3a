from typing import List


def oranges_rotting(grid: List[List[int]]) -> int:
    """Minutes until no fresh orange (1) is left, or -1 if one never rots."""
    pass


if __name__ == "__main__":
    # The examples: `python3 rotting_oranges.py` prints your answers beside the expected ones;
    # `judge run rotting_oranges.py` judges them and the hidden tests.

    print(oranges_rotting([[2, 1, 1], [0, 1, 1], [1, 0, 1]]), "expected", -1)
    print(oranges_rotting([[2, 1, 0], [1, 1, 0], [0, 1, 1]]), "expected", 4)
    print(oranges_rotting([[0, 2, 0]]), "expected", 0)
