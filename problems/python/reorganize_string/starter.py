def reorganize_string(s: str) -> str:
    """The letters of s with no two equal neighbours, or "" if that cannot be done."""
    pass
