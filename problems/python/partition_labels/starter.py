def partition_labels(s: str) -> List[int]:
    """Lengths of the most pieces s can be cut into with each letter in one piece only."""
    pass
