def daily_temperatures(temperatures: List[int]) -> List[int]:
    """For each day, how many days until a strictly warmer one (0 if none)."""
    pass
