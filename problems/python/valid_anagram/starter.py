def is_anagram(s: str, t: str) -> bool:
    pass


if __name__ == "__main__":
    # The examples: `python3 valid_anagram.py` prints your answers beside the expected ones;
    # `judge run valid_anagram.py` judges them and the hidden tests.

    print(is_anagram("listen", "silent"), "expected", True)
    print(is_anagram("aabc", "abcc"), "expected", False)
    print(is_anagram("night", "nights"), "expected", False)
