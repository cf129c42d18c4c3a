class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        # A min-heap of the distinct numbers; a number may only run out when it is the smallest.
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        heap = list(count)
        heapq.heapify(heap)
        while heap:
            first = heap[0]
            for x in range(first, first + groupSize):
                if count[x] == 0:
                    return False
                count[x] -= 1
                if count[x] == 0:
                    if x != heap[0]:
                        return False
                    heapq.heappop(heap)
        return True
