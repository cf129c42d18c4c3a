class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        # heapq is a min-heap: store negated weights to pop the heaviest first.
        heap = [-s for s in stones]
        heapify(heap)
        while len(heap) > 1:
            y = -heappop(heap)
            x = -heappop(heap)
            if y != x:
                heappush(heap, -(y - x))
        return -heap[0] if heap else 0
