# Starts the best sum at 0, as if the empty subarray were allowed: all-negative lists get 0.
def max_sub_array(nums):
    best = current = 0
    for x in nums:
        current = max(0, current + x)
        best = max(best, current)
    return best
