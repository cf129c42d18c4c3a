# Measures a popped bar's width from its own index, forgetting the taller bars to its left
# that were popped earlier: [2, 1, 2] gives 2 instead of 3.
def largest_rectangle_area(heights):
    best = 0
    stack = []
    for i, h in enumerate([*heights, 0]):
        while stack and heights[stack[-1]] >= h:
            j = stack.pop()
            best = max(best, heights[j] * (i - j))
        stack.append(i)
    return best
