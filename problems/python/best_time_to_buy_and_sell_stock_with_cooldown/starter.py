from typing import List


def max_profit(prices: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 best_time_to_buy_and_sell_stock_with_cooldown.py` prints your answers beside the expected ones;
    # `judge run best_time_to_buy_and_sell_stock_with_cooldown.py` judges them and the hidden tests.

    print(max_profit([1, 2, 3, 0, 2]), "expected", 3)
    print(max_profit([2, 6, 1, 4]), "expected", 4)
    print(max_profit([7]), "expected", 0)
