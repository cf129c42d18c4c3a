class Solution:
    def kClosest(self, points: List[List[int]], k: int) -> List[List[int]]:
        # A max-heap (negated squared distances) of the k nearest points seen so far.
        heap = []
        for x, y in points:
            d = -(x * x + y * y)
            if len(heap) < k:
                heappush(heap, (d, x, y))
            elif d > heap[0][0]:
                heappushpop(heap, (d, x, y))
        return [[x, y] for _, x, y in heap]
