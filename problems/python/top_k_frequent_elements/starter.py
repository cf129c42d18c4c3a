def top_k_frequent(nums: List[int], k: int) -> List[int]:
    pass
