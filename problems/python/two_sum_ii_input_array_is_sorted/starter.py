def two_sum(numbers: List[int], target: int) -> List[int]:
    pass
