def trap(height):
    # Work inwards from the side with the lower wall: its level is already decided, since
    # the other side is known to hold something at least as tall.
    i, j = 0, len(height) - 1
    left_max = right_max = 0
    water = 0
    while i <= j:
        if left_max <= right_max:
            left_max = max(left_max, height[i])
            water += left_max - height[i]
            i += 1
        else:
            right_max = max(right_max, height[j])
            water += right_max - height[j]
            j -= 1
    return water
