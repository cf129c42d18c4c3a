def climb_stairs(n: int) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 climbing_stairs.py` prints your answers beside the expected ones;
    # `judge run climbing_stairs.py` judges them and the hidden tests.

    print(climb_stairs(2), "expected", 2)
    print(climb_stairs(3), "expected", 3)
    print(climb_stairs(5), "expected", 8)
