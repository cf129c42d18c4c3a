# Collects the values in a set: repeated values appear once.
def merge_k_lists(lists):
    values = set()
    for node in lists:
        while node:
            values.add(node.val)
            node = node.next
    head = None
    for v in sorted(values, reverse=True):
        head = ListNode(v, head)
    return head
