def coin_change(coins: List[int], amount: int) -> int:
    pass
