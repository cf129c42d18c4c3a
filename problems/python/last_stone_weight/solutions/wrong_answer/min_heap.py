import heapq


# Forgets that heapq pops the smallest: smashes the two lightest stones instead.
def last_stone_weight(stones):
    heap = list(stones)
    heapq.heapify(heap)
    while len(heap) > 1:
        x, y = heapq.heappop(heap), heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, y - x)
    return heap[0] if heap else 0
