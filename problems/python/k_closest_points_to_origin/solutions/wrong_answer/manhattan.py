# Measures |x| + |y| instead of the straight-line distance.
def k_closest(points, k):
    return sorted(points, key=lambda p: abs(p[0]) + abs(p[1]))[:k]
