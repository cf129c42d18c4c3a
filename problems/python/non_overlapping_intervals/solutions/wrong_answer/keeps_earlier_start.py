# Sorted by start, keeps the interval that started first on every overlap, even when it
# reaches much farther than the one removed.
def erase_overlap_intervals(intervals):
    intervals.sort()
    removed = 0
    end = intervals[0][1]
    for a, b in intervals[1:]:
        if a < end:
            removed += 1
        else:
            end = b
    return removed
