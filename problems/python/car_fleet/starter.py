from typing import List


def car_fleet(target: int, position: List[int], speed: List[int]) -> int:
    """How many fleets of cars reach mile `target`."""
    pass


if __name__ == "__main__":
    # The examples: `python3 car_fleet.py` prints your answers beside the expected ones;
    # `judge run car_fleet.py` judges them and the hidden tests.

    print(car_fleet(20, [3, 15, 9, 0], [4, 1, 2, 5]), "expected", 2)
    print(car_fleet(10, [0, 5], [2, 1]), "expected", 1)
    print(car_fleet(10, [0, 1], [3, 3]), "expected", 2)
