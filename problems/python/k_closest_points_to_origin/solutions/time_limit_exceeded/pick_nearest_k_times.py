# Correct, but scans all remaining points for the nearest one, k times: n · k = 10^8 steps.
def k_closest(points, k):
    remaining = list(points)
    out = []
    for _ in range(k):
        best = min(range(len(remaining)), key=lambda i: remaining[i][0] ** 2 + remaining[i][1] ** 2)
        out.append(remaining.pop(best))
    return out
