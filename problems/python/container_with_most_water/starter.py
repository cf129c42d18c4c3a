from typing import List


def max_area(height: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 container_with_most_water.py` prints your answers beside the expected ones;
    # `judge run container_with_most_water.py` judges them and the hidden tests.

    print(max_area([2, 5, 1, 3, 4]), "expected", 12)
    print(max_area([4, 3, 2, 1, 4]), "expected", 16)
    print(max_area([1, 1]), "expected", 1)
