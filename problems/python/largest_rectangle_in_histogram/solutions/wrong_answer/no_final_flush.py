# Forgets the bars still on the stack at the end, so rectangles reaching the last bar are
# never measured: [1, 2, 3] gives 0 instead of 4.
def largest_rectangle_area(heights):
    best = 0
    stack = []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            best = max(best, top * (i - left))
        stack.append(i)
    return best
