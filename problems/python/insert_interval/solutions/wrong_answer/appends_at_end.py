# Merges correctly but puts the merged interval at the end instead of in its sorted place.
def insert(intervals, newInterval):
    lo, hi = newInterval
    out = []
    for a, b in intervals:
        if b < lo or a > hi:
            out.append([a, b])
        else:
            lo, hi = min(lo, a), max(hi, b)
    out.append([lo, hi])
    return out
