import bisect


class MedianFinder:
    # Keeps the numbers sorted with insort: a binary search and a memmove per number.

    def __init__(self):
        self.values = []

    def addNum(self, num):
        bisect.insort(self.values, num)

    def findMedian(self):
        v, n = self.values, len(self.values)
        return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
