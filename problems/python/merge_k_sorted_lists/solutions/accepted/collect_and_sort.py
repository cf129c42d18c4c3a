def mergeKLists(lists):
    # Gather every value, sort, and build a fresh list.
    values = []
    for node in lists:
        while node:
            values.append(node.val)
            node = node.next
    head = None
    for v in sorted(values, reverse=True):
        head = ListNode(v, head)
    return head
