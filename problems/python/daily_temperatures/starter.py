from typing import List


def daily_temperatures(temperatures: List[int]) -> List[int]:
    """For each day, how many days until a strictly warmer one (0 if none)."""
    pass


if __name__ == "__main__":
    # The examples: `python3 daily_temperatures.py` prints your answers beside the expected ones;
    # `judge run daily_temperatures.py` judges them and the hidden tests.

    print(daily_temperatures([40, 35, 38, 45, 45, 41]), "expected", [3, 1, 1, 0, 0, 0])
    print(daily_temperatures([30, 50, 70]), "expected", [1, 1, 0])
    print(daily_temperatures([60, 60, 59]), "expected", [0, 0, 0])
