def exist(board: List[List[str]], word: str) -> bool:
    """Whether word can be traced through side-adjacent cells, each cell used at most once."""
    pass
