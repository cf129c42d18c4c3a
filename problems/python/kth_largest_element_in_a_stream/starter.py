from typing import List


class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        pass

    def add(self, val: int) -> int:
        pass


if __name__ == "__main__":
    # The examples: `python3 kth_largest_element_in_a_stream.py` prints your answers beside the expected ones;
    # `judge run kth_largest_element_in_a_stream.py` judges them and the hidden tests.

    for ops, args, expected in [
        (
            ["KthLargest", "add", "add", "add", "add", "add"],
            [[2, [4, 1, 7]], [3], [9], [6], [8], [2]],
            [None, 4, 7, 7, 8, 8],
        ),
        (
            ["KthLargest", "add", "add", "add", "add"],
            [[1, []], [5], [-1], [5], [2]],
            [None, 5, 5, 5, 5],
        ),
    ]:
        obj = KthLargest(*args[0])
        got = [None] + [getattr(obj, op)(*a) for op, a in zip(ops[1:], args[1:])]
        print(got, "expected", expected)
