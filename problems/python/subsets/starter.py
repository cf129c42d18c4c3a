def subsets(nums: List[int]) -> List[List[int]]:
    """Every subset of the distinct numbers in nums, in any order."""
    pass
