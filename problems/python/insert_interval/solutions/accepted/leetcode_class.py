class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        # Binary search for the first interval ending at or after the new start and the first
        # one starting after the new end; everything between them merges.
        lo, hi = newInterval
        left = bisect_left([iv[1] for iv in intervals], lo)
        right = bisect_right([iv[0] for iv in intervals], hi)
        if left < right:
            lo = min(lo, intervals[left][0])
            hi = max(hi, intervals[right - 1][1])
        return intervals[:left] + [[lo, hi]] + intervals[right:]
