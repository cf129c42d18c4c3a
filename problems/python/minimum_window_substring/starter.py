def min_window(s: str, t: str) -> str:
    pass


if __name__ == "__main__":
    # The examples: `python3 minimum_window_substring.py` prints your answers beside the expected ones;
    # `judge run minimum_window_substring.py` judges them and the hidden tests.

    print(min_window("zxaybqcxxa", "abc"), "expected", "aybqc")
    print(min_window("a", "aa"), "expected", "")
    print(min_window("AaBbB", "ab"), "expected", "aBb")
