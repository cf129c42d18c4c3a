def reorder_list(head: Optional[ListNode]) -> None:
    """Do not return anything: relink the nodes of the list that starts at head."""
