def can_complete_circuit(gas: List[int], cost: List[int]) -> int:
    """The one station from which the whole circle can be driven, or -1."""
    pass
