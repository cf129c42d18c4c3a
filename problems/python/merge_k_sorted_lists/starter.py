def merge_k_lists(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    """The head of one sorted linked list holding every node of the k sorted lists."""
    pass
