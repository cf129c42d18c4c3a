from typing import List


def top_k_frequent(nums: List[int], k: int) -> List[int]:
    pass


if __name__ == "__main__":
    # The examples: `python3 top_k_frequent_elements.py` prints your answers beside the expected ones;
    # `judge run top_k_frequent_elements.py` judges them and the hidden tests.

    print(top_k_frequent([4, 4, 4, 6, 6, 9], 2), "expected", [4, 6])
    print(top_k_frequent([7], 1), "expected", [7])
    print(top_k_frequent([5, -3, 5, -3, 8, -3], 2), "expected", [-3, 5])
