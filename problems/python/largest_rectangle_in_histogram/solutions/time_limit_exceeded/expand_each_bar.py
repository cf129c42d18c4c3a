# Correct, but widens the rectangle of every bar one step at a time: O(n^2) on equal or
# rising bars.
def largest_rectangle_area(heights):
    n = len(heights)
    best = 0
    for i, h in enumerate(heights):
        lo = i
        while lo > 0 and heights[lo - 1] >= h:
            lo -= 1
        hi = i
        while hi < n - 1 and heights[hi + 1] >= h:
            hi += 1
        best = max(best, h * (hi - lo + 1))
    return best
