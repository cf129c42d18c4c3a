def unique_paths(m: int, n: int) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 unique_paths.py` prints your answers beside the expected ones;
    # `judge run unique_paths.py` judges them and the hidden tests.

    print(unique_paths(2, 3), "expected", 3)
    print(unique_paths(3, 3), "expected", 6)
    print(unique_paths(4, 1), "expected", 1)
