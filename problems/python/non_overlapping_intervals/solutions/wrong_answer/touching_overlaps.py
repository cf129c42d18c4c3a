# Counts intervals that only touch ([1, 3] and [3, 5]) as overlapping.
def erase_overlap_intervals(intervals):
    intervals.sort(key=lambda iv: iv[1])
    removed = 0
    end = intervals[0][1]
    for a, b in intervals[1:]:
        if a <= end:
            removed += 1
        else:
            end = b
    return removed
