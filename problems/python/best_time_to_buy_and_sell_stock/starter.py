from typing import List


def max_profit(prices: List[int]) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 best_time_to_buy_and_sell_stock.py` prints your answers beside the expected ones;
    # `judge run best_time_to_buy_and_sell_stock.py` judges them and the hidden tests.

    print(max_profit([4, 9, 2, 6, 3]), "expected", 5)
    print(max_profit([8, 6, 5, 1]), "expected", 0)
    print(max_profit([3, 8, 1, 7]), "expected", 6)
