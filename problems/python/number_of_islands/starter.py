from typing import List


def num_islands(grid: List[List[str]]) -> int:
    """The number of islands of side-connected "1" cells in grid."""
    pass


if __name__ == "__main__":
    # The examples: `python3 number_of_islands.py` prints your answers beside the expected ones;
    # `judge run number_of_islands.py` judges them and the hidden tests.

    print(
        num_islands(
            [
                ["1", "1", "0", "0", "1"],
                ["1", "0", "0", "1", "1"],
                ["0", "0", "1", "0", "0"],
                ["1", "0", "0", "0", "1"],
            ]
        ),
        "expected",
        5,
    )
    print(num_islands([["1", "1", "1"], ["1", "0", "1"], ["1", "1", "1"]]), "expected", 1)
    print(num_islands([["0", "1"], ["1", "0"]]), "expected", 2)
