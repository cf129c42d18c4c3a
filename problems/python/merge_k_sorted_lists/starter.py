from typing import List, Optional


if "ListNode" not in globals():  # the judge has its own; this one is for running the file

    class ListNode:
        def __init__(self, val=0, next=None):
            self.val = val
            self.next = next


def merge_k_lists(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    """The head of one sorted linked list holding every node of the k sorted lists."""
    pass


if __name__ == "__main__":
    # The examples: `python3 merge_k_sorted_lists.py` prints your answers beside the expected ones;
    # `judge run merge_k_sorted_lists.py` judges them and the hidden tests.

    def make_list(values):  # [1, 2, 3] -> 1 -> 2 -> 3
        head = None
        for v in reversed(values):
            head = ListNode(v, head)
        return head

    def list_values(head):  # 1 -> 2 -> 3 -> [1, 2, 3]
        out = []
        while head is not None:
            out.append(head.val)
            head = head.next
        return out

    print(
        list_values(
            merge_k_lists([make_list([2, 6, 9]), make_list([1, 6]), make_list([3, 4, 10])])
        ),
        "expected",
        [1, 2, 3, 4, 6, 6, 9, 10],
    )
    print(list_values(merge_k_lists([])), "expected", [])
    print(list_values(merge_k_lists([make_list([]), make_list([5])])), "expected", [5])
