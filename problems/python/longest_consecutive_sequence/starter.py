def longest_consecutive(nums: List[int]) -> int:
    pass
