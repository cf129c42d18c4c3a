# Moves the pointer at the taller wall, which throws away the walls that could do better.
def max_area(height):
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        best = max(best, min(height[i], height[j]) * (j - i))
        if height[i] > height[j]:
            i += 1
        else:
            j -= 1
    return best
