def find_target_sum_ways(nums: List[int], target: int) -> int:
    pass
