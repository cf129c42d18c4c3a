from typing import List


def exist(board: List[List[str]], word: str) -> bool:
    """Whether word can be traced through side-adjacent cells, each cell used at most once."""
    pass


if __name__ == "__main__":
    # The examples: `python3 word_search.py` prints your answers beside the expected ones;
    # `judge run word_search.py` judges them and the hidden tests.

    print(exist([["C", "A", "T"], ["X", "R", "S"], ["D", "O", "G"]], "CARS"), "expected", True)
    print(exist([["C", "A", "T"], ["X", "R", "S"], ["D", "O", "G"]], "DOGS"), "expected", True)
    print(exist([["C", "A", "T"], ["X", "R", "S"], ["D", "O", "G"]], "CAT"), "expected", True)
    print(exist([["C", "A", "T"], ["X", "R", "S"], ["D", "O", "G"]], "TAT"), "expected", False)
    print(exist([["C", "A", "T"], ["X", "R", "S"], ["D", "O", "G"]], "COG"), "expected", False)
