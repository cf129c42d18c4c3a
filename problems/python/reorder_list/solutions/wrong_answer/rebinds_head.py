class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        # Builds a new reordered list and binds the name head to it: the caller's nodes keep
        # their old links.
        vals = []
        while head:
            vals.append(head.val)
            head = head.next
        order, i, j = [], 0, len(vals) - 1
        while i <= j:
            order.append(vals[i])
            if i != j:
                order.append(vals[j])
            i, j = i + 1, j - 1
        dummy = tail = ListNode(0)
        for v in order:
            tail.next = ListNode(v)
            tail = tail.next
        head = dummy.next
