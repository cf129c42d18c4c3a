from typing import List


def coin_change(coins: List[int], amount: int) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 coin_change.py` prints your answers beside the expected ones;
    # `judge run coin_change.py` judges them and the hidden tests.

    print(coin_change([1, 3, 4], 6), "expected", 2)
    print(coin_change([2, 5, 10], 21), "expected", 5)
    print(coin_change([4], 7), "expected", -1)
    print(coin_change([7], 0), "expected", 0)
