# Compares each meeting with the one before it in the input, without sorting first.
def can_attend_meetings(intervals):
    for i in range(1, len(intervals)):
        a, b = intervals[i - 1]
        c, d = intervals[i]
        if a < d and c < b:
            return False
    return True
