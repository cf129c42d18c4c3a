from typing import List


def largest_rectangle_area(heights: List[int]) -> int:
    """The largest area of a rectangle inside the histogram of bar heights."""
    pass


if __name__ == "__main__":
    # The examples: `python3 largest_rectangle_in_histogram.py` prints your answers beside the expected ones;
    # `judge run largest_rectangle_in_histogram.py` judges them and the hidden tests.

    print(largest_rectangle_area([3, 1, 4, 4, 2, 5]), "expected", 8)
    print(largest_rectangle_area([2, 2]), "expected", 4)
    print(largest_rectangle_area([0, 6, 0]), "expected", 6)
