def least_interval(tasks: List[str], n: int) -> int:
    """The fewest time units (idle ones included) that run every task with the cooldown n."""
    pass
