class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # Max-heap of (-value, index); entries that slid out are dropped only when on top.
        heap = [(-x, i) for i, x in enumerate(nums[:k])]
        heapify(heap)
        out = [-heap[0][0]]
        for i in range(k, len(nums)):
            heappush(heap, (-nums[i], i))
            while heap[0][1] <= i - k:
                heappop(heap)
            out.append(-heap[0][0])
        return out
