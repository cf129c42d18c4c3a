class MedianFinder:
    def __init__(self):
        pass

    def addNum(self, num: int) -> None:
        pass

    def findMedian(self) -> float:
        pass


if __name__ == "__main__":
    # The examples: `python3 find_median_from_data_stream.py` prints your answers beside the expected ones;
    # `judge run find_median_from_data_stream.py` judges them and the hidden tests.

    for ops, args, expected in [
        (
            ["MedianFinder", "addNum", "addNum", "findMedian", "addNum", "findMedian"],
            [[], [4], [10], [], [1], []],
            [None, None, None, 7.0, None, 4.0],
        ),
        (
            ["MedianFinder", "addNum", "findMedian", "addNum", "findMedian"],
            [[], [-3], [], [-4], []],
            [None, None, -3.0, None, -3.5],
        ),
    ]:
        obj = MedianFinder(*args[0])
        got = [None] + [getattr(obj, op)(*a) for op, a in zip(ops[1:], args[1:])]
        print(got, "expected", expected)
