from heapq import heappop, heappush


class MedianFinder:
    # Puts each number on the side it belongs to, then moves one number across if the halves
    # differ in size by more than one; the median comes from the larger half.

    def __init__(self):
        self.lo = []  # negated
        self.hi = []

    def addNum(self, num: int) -> None:
        if self.lo and num > -self.lo[0]:
            heappush(self.hi, num)
        else:
            heappush(self.lo, -num)
        if len(self.lo) > len(self.hi) + 1:
            heappush(self.hi, -heappop(self.lo))
        elif len(self.hi) > len(self.lo) + 1:
            heappush(self.lo, -heappop(self.hi))

    def findMedian(self) -> float:
        if len(self.lo) > len(self.hi):
            return float(-self.lo[0])
        if len(self.hi) > len(self.lo):
            return float(self.hi[0])
        return (self.hi[0] - self.lo[0]) / 2.0
