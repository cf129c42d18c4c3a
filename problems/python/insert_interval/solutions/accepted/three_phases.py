def insert(intervals, newInterval):
    out = []
    lo, hi = newInterval
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < lo:
        out.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] <= hi:
        lo = min(lo, intervals[i][0])
        hi = max(hi, intervals[i][1])
        i += 1
    out.append([lo, hi])
    out.extend(intervals[i:])
    return out
