def longest_palindrome(s: str) -> str:
    pass


if __name__ == "__main__":
    # The examples: `python3 longest_palindromic_substring.py` prints your answers beside the expected ones;
    # `judge run longest_palindromic_substring.py` judges them and the hidden tests.

    print(longest_palindrome("forgeeksskeegfor"), "expected", "geeksskeeg")
    print(longest_palindrome("abacab"), "expected", "bacab")
    print(longest_palindrome("xyz"), "expected", "x")
