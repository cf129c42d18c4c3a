def merge_two(a, b):
    dummy = tail = ListNode()
    while a and b:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return dummy.next


def merge_k_lists(lists):
    # Merge in pairs, round after round: log k rounds over N nodes.
    lists = list(lists)
    if not lists:
        return None
    while len(lists) > 1:
        lists = [merge_two(lists[i], lists[i + 1] if i + 1 < len(lists) else None)
                 for i in range(0, len(lists), 2)]
    return lists[0]
