def check_inclusion(s1: str, s2: str) -> bool:
    pass


if __name__ == "__main__":
    # The examples: `python3 permutation_in_string.py` prints your answers beside the expected ones;
    # `judge run permutation_in_string.py` judges them and the hidden tests.

    print(check_inclusion("ba", "xyzabq"), "expected", True)
    print(check_inclusion("abc", "acdbc"), "expected", False)
    print(check_inclusion("aab", "baxaba"), "expected", True)
