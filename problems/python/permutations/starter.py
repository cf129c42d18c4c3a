from typing import List


def permute(nums: List[int]) -> List[List[int]]:
    """Every ordering of the distinct numbers in nums, the orderings in any order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 permutations.py` prints your answers beside the expected ones;
    # `judge run permutations.py` judges them and the hidden tests.

    print(
        permute([5, 0, 9]),
        "expected",
        [[5, 0, 9], [5, 9, 0], [0, 5, 9], [0, 9, 5], [9, 5, 0], [9, 0, 5]],
    )
    print(permute([3, -3]), "expected", [[3, -3], [-3, 3]])
    print(permute([8]), "expected", [[8]])
