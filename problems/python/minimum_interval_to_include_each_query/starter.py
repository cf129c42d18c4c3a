from typing import List


def min_interval(intervals: List[List[int]], queries: List[int]) -> List[int]:
    """For each query, the size of the smallest interval containing it, or -1."""
    pass


if __name__ == "__main__":
    # The examples: `python3 minimum_interval_to_include_each_query.py` prints your answers beside the expected ones;
    # `judge run minimum_interval_to_include_each_query.py` judges them and the hidden tests.

    print(min_interval([[2, 5], [3, 3], [1, 8]], [3, 6, 9, 2]), "expected", [1, 8, -1, 4])
    print(min_interval([[4, 4]], [4, 4, 5]), "expected", [1, 1, -1])
