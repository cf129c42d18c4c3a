from typing import List


def group_anagrams(strs: List[str]) -> List[List[str]]:
    pass


if __name__ == "__main__":
    # The examples: `python3 group_anagrams.py` prints your answers beside the expected ones;
    # `judge run group_anagrams.py` judges them and the hidden tests.

    print(
        group_anagrams(["listen", "silent", "cat", "google", "act", "enlist", "gogole"]),
        "expected",
        [["listen", "silent", "enlist"], ["cat", "act"], ["google", "gogole"]],
    )
    print(group_anagrams([""]), "expected", [[""]])
    print(group_anagrams(["a", "b", "a"]), "expected", [["a", "a"], ["b"]])
