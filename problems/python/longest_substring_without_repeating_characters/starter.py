def length_of_longest_substring(s: str) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 longest_substring_without_repeating_characters.py` prints your answers beside the expected ones;
    # `judge run longest_substring_without_repeating_characters.py` judges them and the hidden tests.

    print(length_of_longest_substring("abcdbef"), "expected", 5)
    print(length_of_longest_substring("zzzz"), "expected", 1)
    print(length_of_longest_substring("a b!a"), "expected", 4)
