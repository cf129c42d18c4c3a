class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Take nodes alternately from the two ends of a deque.
        nodes = deque()
        node = head.next
        while node:
            nodes.append(node)
            node = node.next
        tail, back = head, True
        while nodes:
            tail.next = nodes.pop() if back else nodes.popleft()
            tail, back = tail.next, not back
        tail.next = None
