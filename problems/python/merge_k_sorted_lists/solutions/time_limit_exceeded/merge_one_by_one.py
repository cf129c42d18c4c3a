# Correct, but merges each list into the running result in turn: with 10^4 lists of one node
# in rising order the whole result is walked again for every list, 5 * 10^7 steps.
def merge_k_lists(lists):
    result = None
    for node in lists:
        dummy = tail = ListNode()
        a, b = result, node
        while a and b:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a or b
        result = dummy.next
    return result
