class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Sorted by start: on an overlap, drop whichever of the two ends later.
        intervals.sort()
        removed = 0
        end = intervals[0][1]
        for a, b in intervals[1:]:
            if a < end:
                removed += 1
                end = min(end, b)
            else:
                end = b
        return removed
