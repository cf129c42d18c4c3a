def largest_rectangle_area(heights):
    # The stack holds bars of rising height. A bar is popped when a lower one arrives: it can
    # stretch right up to that lower bar and left just past the bar under it in the stack.
    best = 0
    stack = []  # indices; a 0 at the end flushes everything
    for i, h in enumerate([*heights, 0]):
        while stack and heights[stack[-1]] >= h:
            top = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            best = max(best, top * (i - left))
        stack.append(i)
    return best
