class MedianFinder:
    # Sends each number to the half it belongs to but never moves numbers across, so the two
    # halves drift apart in size and their tops stop being the middle.

    def __init__(self):
        self.lo: List[int] = []  # negated
        self.hi: List[int] = []

    def addNum(self, num: int) -> None:
        if not self.lo or num <= -self.lo[0]:
            heapq.heappush(self.lo, -num)
        else:
            heapq.heappush(self.hi, num)

    def findMedian(self) -> float:
        if len(self.lo) > len(self.hi):
            return float(-self.lo[0])
        if len(self.hi) > len(self.lo):
            return float(self.hi[0])
        return (self.hi[0] - self.lo[0]) / 2
