class MedianFinder:
    # A max-heap (negated) of the smaller half and a min-heap of the larger half; the smaller
    # half holds the extra number when the count is odd.

    def __init__(self):
        self.small: List[int] = []
        self.large: List[int] = []

    def addNum(self, num: int) -> None:
        heapq.heappush(self.small, -num)
        heapq.heappush(self.large, -heapq.heappop(self.small))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))

    def findMedian(self) -> float:
        if len(self.small) > len(self.large):
            return -self.small[0]
        return (self.large[0] - self.small[0]) / 2
