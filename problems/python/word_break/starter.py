from typing import List


def word_break(s: str, wordDict: List[str]) -> bool:
    pass


if __name__ == "__main__":
    # The examples: `python3 word_break.py` prints your answers beside the expected ones;
    # `judge run word_break.py` judges them and the hidden tests.

    print(word_break("icecreamcone", ["ice", "cream", "cone"]), "expected", True)
    print(word_break("catsandog", ["cats", "dog", "sand", "and", "cat"]), "expected", False)
    print(word_break("goalspecial", ["go", "goal", "goals", "special"]), "expected", True)
    print(word_break("abab", ["ab"]), "expected", True)
