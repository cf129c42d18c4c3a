def can_attend_meetings(intervals):
    # Checks every pair of meetings: O(n^2).
    n = len(intervals)
    for i in range(n):
        a, b = intervals[i]
        for j in range(i + 1, n):
            c, d = intervals[j]
            if a < d and c < b:
                return False
    return True
