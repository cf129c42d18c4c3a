def min_meeting_rooms(intervals):
    # The busiest moment is some meeting's start: count the meetings running then. O(n^2).
    best = 0
    for s, _ in intervals:
        running = 0
        for a, b in intervals:
            if a <= s < b:
                running += 1
        best = max(best, running)
    return best
