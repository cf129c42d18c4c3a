class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Sorted starts and sorted ends: the k-th meeting to start must begin after the
        # (k-1)-th meeting to end is over.
        starts = sorted(a for a, _ in intervals)
        ends = sorted(b for _, b in intervals)
        return all(starts[k] >= ends[k - 1] for k in range(1, len(starts)))
