def min_distance(word1: str, word2: str) -> int:
    pass


if __name__ == "__main__":
    # The examples: `python3 edit_distance.py` prints your answers beside the expected ones;
    # `judge run edit_distance.py` judges them and the hidden tests.

    print(min_distance("kitten", "sitting"), "expected", 3)
    print(min_distance("sunday", "saturday"), "expected", 3)
    print(min_distance("", "abc"), "expected", 3)
    print(min_distance("same", "same"), "expected", 0)
