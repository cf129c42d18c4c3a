from typing import List


def rotate(matrix: List[List[int]]) -> None:
    """Do not return anything: turn matrix itself a quarter turn clockwise."""


if __name__ == "__main__":
    # The examples: `python3 rotate_image.py` prints your answers beside the expected ones;
    # `judge run rotate_image.py` judges them and the hidden tests.

    matrix = [[1, 2], [3, 4]]
    rotate(matrix)
    print(matrix, "expected", [[3, 1], [4, 2]])
    matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    rotate(matrix)
    print(matrix, "expected", [[7, 4, 1], [8, 5, 2], [9, 6, 3]])
