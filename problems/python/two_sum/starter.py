def two_sum(nums: List[int], target: int) -> List[int]:
    pass
