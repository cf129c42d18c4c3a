# Joins the lists end to end, as if each one started after the previous one ended.
def merge_k_lists(lists):
    dummy = tail = ListNode()
    for node in lists:
        tail.next = node
        while tail.next:
            tail = tail.next
    return dummy.next
