class MedianFinder:
    # Appends each number and sorts a copy of all of them on every findMedian: with a median
    # asked after each of 2.5 · 10^4 numbers, that is 2.5 · 10^4 sorts of up to as many.

    def __init__(self):
        self.values = []

    def addNum(self, num: int) -> None:
        self.values.append(num)

    def findMedian(self) -> float:
        v = sorted(self.values)
        n = len(v)
        return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
