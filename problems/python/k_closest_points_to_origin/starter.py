from typing import List


def k_closest(points: List[List[int]], k: int) -> List[List[int]]:
    """The k points nearest to (0, 0), in any order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 k_closest_points_to_origin.py` prints your answers beside the expected ones;
    # `judge run k_closest_points_to_origin.py` judges them and the hidden tests.

    print(k_closest([[2, 2], [-1, 3]], 1), "expected", [[2, 2]])
    print(k_closest([[4, 0], [1, -1], [-3, -2]], 2), "expected", [[1, -1], [-3, -2]])
    print(k_closest([[0, 5]], 1), "expected", [[0, 5]])
