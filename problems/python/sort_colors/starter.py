def sort_colors(nums: List[int]) -> None:
    """Do not return anything: change nums itself."""
