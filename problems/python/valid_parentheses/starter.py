def is_valid(s: str) -> bool:
    """True if every bracket in s is closed by its own kind, in the right order."""
    pass


if __name__ == "__main__":
    # The examples: `python3 valid_parentheses.py` prints your answers beside the expected ones;
    # `judge run valid_parentheses.py` judges them and the hidden tests.

    print(is_valid("{()}[]"), "expected", True)
    print(is_valid("(]"), "expected", False)
    print(is_valid("([)]"), "expected", False)
    print(is_valid("(("), "expected", False)
