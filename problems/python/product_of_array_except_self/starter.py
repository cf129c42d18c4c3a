def product_except_self(nums: List[int]) -> List[int]:
    pass
