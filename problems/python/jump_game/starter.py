from typing import List


def can_jump(nums: List[int]) -> bool:
    """Whether the last index can be reached from index 0, jumping at most nums[i] from i."""
    pass


if __name__ == "__main__":
    # The examples: `python3 jump_game.py` prints your answers beside the expected ones;
    # `judge run jump_game.py` judges them and the hidden tests.

    print(can_jump([1, 3, 0, 0, 2]), "expected", True)
    print(can_jump([2, 1, 0, 3]), "expected", False)
    print(can_jump([0]), "expected", True)
