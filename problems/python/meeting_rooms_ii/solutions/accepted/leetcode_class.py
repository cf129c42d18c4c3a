class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # Two sorted lists: each start either reuses the room of the earliest end so far or
        # needs a new one.
        starts = sorted(a for a, _ in intervals)
        ends = sorted(b for _, b in intervals)
        rooms = j = 0
        for s in starts:
            if ends[j] <= s:
                j += 1
            else:
                rooms += 1
        return rooms
