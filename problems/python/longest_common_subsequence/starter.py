def longest_common_subsequence(text1: str, text2: str) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 longest_common_subsequence.py` prints your answers beside the expected ones;
    # `judge run longest_common_subsequence.py` judges them and the hidden tests.

    print(longest_common_subsequence("stone", "longest"), "expected", 3)
    print(longest_common_subsequence("abc", "abc"), "expected", 3)
    print(longest_common_subsequence("abc", "xyz"), "expected", 0)
