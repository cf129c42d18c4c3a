def sort_colors(nums):
    # Returns the answer instead of changing nums: what is judged is nums, unchanged.
    return sorted(nums)
