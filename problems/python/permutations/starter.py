def permute(nums: List[int]) -> List[List[int]]:
    """Every ordering of the distinct numbers in nums, the orderings in any order."""
    pass
