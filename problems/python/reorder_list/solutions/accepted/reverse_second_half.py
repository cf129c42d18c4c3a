class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        """Do not return anything, modify head in-place instead."""
        # Find the middle, reverse the second half, then weave the two halves together.
        slow = fast = head
        while fast.next and fast.next.next:
            slow, fast = slow.next, fast.next.next
        second, slow.next = slow.next, None
        prev = None
        while second:
            second.next, prev, second = prev, second, second.next
        first, second = head, prev
        while second:
            nxt1, nxt2 = first.next, second.next
            first.next, second.next = second, nxt1
            first, second = nxt1, nxt2
