from typing import List


def jump(nums: List[int]) -> int:
    """The fewest jumps from index 0 to the last index, jumping at most nums[i] from i."""
    pass


if __name__ == "__main__":
    # The examples: `python3 jump_game_ii.py` prints your answers beside the expected ones;
    # `judge run jump_game_ii.py` judges them and the hidden tests.

    print(jump([2, 4, 1, 1, 1, 1]), "expected", 2)
    print(jump([1, 1, 1]), "expected", 2)
    print(jump([3]), "expected", 0)
