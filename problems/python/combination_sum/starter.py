from typing import List


def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    """Every multiset of candidates (each usable any number of times) summing to target."""
    pass


if __name__ == "__main__":
    # The examples: `python3 combination_sum.py` prints your answers beside the expected ones;
    # `judge run combination_sum.py` judges them and the hidden tests.

    print(combination_sum([2, 3, 6, 7], 7), "expected", [[2, 2, 3], [7]])
    print(combination_sum([5, 3, 2], 8), "expected", [[2, 2, 2, 2], [2, 3, 3], [3, 5]])
    print(combination_sum([4], 3), "expected", [])
