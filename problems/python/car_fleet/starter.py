def car_fleet(target: int, position: List[int], speed: List[int]) -> int:
    """How many fleets of cars reach mile `target`."""
    pass
