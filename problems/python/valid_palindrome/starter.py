def is_palindrome(s: str) -> bool:
    pass


if __name__ == "__main__":
    # The examples: `python3 valid_palindrome.py` prints your answers beside the expected ones;
    # `judge run valid_palindrome.py` judges them and the hidden tests.

    print(is_palindrome("Step on no pets!"), "expected", True)
    print(is_palindrome("abc-CBA"), "expected", True)
    print(is_palindrome("1a2"), "expected", False)
