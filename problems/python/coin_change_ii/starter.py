from typing import List


def change(amount: int, coins: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 coin_change_ii.py` prints your answers beside the expected ones;
    # `judge run coin_change_ii.py` judges them and the hidden tests.

    print(change(4, [1, 2]), "expected", 3)
    print(change(10, [2, 5, 3]), "expected", 4)
    print(change(7, [4]), "expected", 0)
