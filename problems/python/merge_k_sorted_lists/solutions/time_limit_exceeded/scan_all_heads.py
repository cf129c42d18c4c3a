# Correct, but looks at every head to find the smallest, once per node: N · k steps.
def merge_k_lists(lists):
    heads = list(lists)
    dummy = tail = ListNode()
    while True:
        best = -1
        for i, node in enumerate(heads):
            if node and (best < 0 or node.val < heads[best].val):
                best = i
        if best < 0:
            return dummy.next
        tail.next = tail = heads[best]
        heads[best] = heads[best].next
