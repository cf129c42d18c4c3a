def valid_palindrome(s: str) -> bool:
    pass


if __name__ == "__main__":
    # The examples: `python3 valid_palindrome_ii.py` prints your answers beside the expected ones;
    # `judge run valid_palindrome_ii.py` judges them and the hidden tests.

    print(valid_palindrome("radkar"), "expected", True)
    print(valid_palindrome("level"), "expected", True)
    print(valid_palindrome("abcabc"), "expected", False)
