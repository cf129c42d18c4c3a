def reorganize_string(s: str) -> str:
    """The letters of s with no two equal neighbours, or "" if that cannot be done."""
    pass


if __name__ == "__main__":
    # The examples: `python3 reorganize_string.py` prints your answers beside the expected ones;
    # `judge run reorganize_string.py` judges them and the hidden tests.

    print(reorganize_string("aab"), "expected", "aba")
    print(reorganize_string("xxxy"), "expected", "")
    print(reorganize_string("abbcb"), "expected", "babcb")
