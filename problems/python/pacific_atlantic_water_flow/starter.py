from typing import List


def pacific_atlantic(heights: List[List[int]]) -> List[List[int]]:
    """The [r, c] of every cell whose water can reach both oceans, in any order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 pacific_atlantic_water_flow.py` prints your answers beside the expected ones;
    # `judge run pacific_atlantic_water_flow.py` judges them and the hidden tests.

    print(
        pacific_atlantic(
            [[1, 2, 2, 3, 5], [3, 2, 3, 4, 4], [2, 4, 5, 3, 1], [6, 7, 1, 4, 5], [5, 1, 1, 2, 4]]
        ),
        "expected",
        [[0, 4], [1, 3], [1, 4], [2, 2], [3, 0], [3, 1], [4, 0]],
    )
    print(pacific_atlantic([[7]]), "expected", [[0, 0]])
    print(pacific_atlantic([[3, 3], [3, 3]]), "expected", [[0, 0], [0, 1], [1, 0], [1, 1]])
