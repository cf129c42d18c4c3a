from typing import List


def trap(height: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 trapping_rain_water.py` prints your answers beside the expected ones;
    # `judge run trapping_rain_water.py` judges them and the hidden tests.

    print(trap([0, 2, 0, 3, 1, 0, 2]), "expected", 5)
    print(trap([3, 0, 3]), "expected", 3)
    print(trap([5, 4, 3]), "expected", 0)
