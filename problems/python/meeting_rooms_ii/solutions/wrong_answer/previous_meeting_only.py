# Compares each meeting only with the one that started just before it, so a long meeting
# started earlier is forgotten.
def min_meeting_rooms(intervals):
    meetings = sorted(intervals)
    rooms = best = 1
    for prev, cur in zip(meetings, meetings[1:]):
        rooms = rooms + 1 if cur[0] < prev[1] else 1
        best = max(best, rooms)
    return best
