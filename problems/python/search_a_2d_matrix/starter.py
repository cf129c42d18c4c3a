from typing import List


def search_matrix(matrix: List[List[int]], target: int) -> bool:
    """Whether target occurs in the matrix sorted in reading order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 search_a_2d_matrix.py` prints your answers beside the expected ones;
    # `judge run search_a_2d_matrix.py` judges them and the hidden tests.

    print(search_matrix([[2, 4, 4, 9], [12, 15, 20, 21], [30, 31, 38, 50]], 15), "expected", True)
    print(search_matrix([[2, 4, 4, 9], [12, 15, 20, 21], [30, 31, 38, 50]], 10), "expected", False)
    print(search_matrix([[-3], [7]], 7), "expected", True)
