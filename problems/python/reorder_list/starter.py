from typing import Optional


if "ListNode" not in globals():  # the judge has its own; this one is for running the file

    class ListNode:
        def __init__(self, val=0, next=None):
            self.val = val
            self.next = next


def reorder_list(head: Optional[ListNode]) -> None:
    """Do not return anything: relink the nodes of the list that starts at head."""


if __name__ == "__main__":
    # The examples: `python3 reorder_list.py` prints your answers beside the expected ones;
    # `judge run reorder_list.py` judges them and the hidden tests.

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

    head = make_list([10, 20, 30, 40])
    reorder_list(head)
    print(list_values(head), "expected", [10, 40, 20, 30])
    head = make_list([1, 2, 3, 4, 5, 6, 7])
    reorder_list(head)
    print(list_values(head), "expected", [1, 7, 2, 6, 3, 5, 4])
