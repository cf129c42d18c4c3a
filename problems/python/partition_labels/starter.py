from typing import List


def partition_labels(s: str) -> List[int]:
    """Lengths of the most pieces s can be cut into with each letter in one piece only."""
    pass


if __name__ == "__main__":
    # The examples: `python3 partition_labels.py` prints your answers beside the expected ones;
    # `judge run partition_labels.py` judges them and the hidden tests.

    print(partition_labels("abacdcefe"), "expected", [3, 3, 3])
    print(partition_labels("xyzx"), "expected", [4])
    print(partition_labels("abc"), "expected", [1, 1, 1])
