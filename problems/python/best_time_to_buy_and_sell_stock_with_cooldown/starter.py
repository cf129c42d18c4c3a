def max_profit(prices: List[int]) -> int:
    pass
