def max_area(height: List[int]) -> int:
    pass
