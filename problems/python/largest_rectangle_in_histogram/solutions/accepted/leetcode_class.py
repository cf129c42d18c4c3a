class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        # For each bar, the nearest lower bar on each side, found by hopping along the
        # answers already known; the bar's rectangle spans everything in between.
        n = len(heights)
        left = [0] * n  # first index of the span
        for i in range(n):
            j = i - 1
            while j >= 0 and heights[j] >= heights[i]:
                j = left[j] - 1
            left[i] = j + 1
        right = [0] * n  # last index of the span
        for i in range(n - 1, -1, -1):
            j = i + 1
            while j < n and heights[j] >= heights[i]:
                j = right[j] + 1
            right[i] = j - 1
        return max(h * (r - l + 1) for h, l, r in zip(heights, left, right))
