def combination_sum(candidates: List[int], target: int) -> List[List[int]]:
    """Every multiset of candidates (each usable any number of times) summing to target."""
    pass
