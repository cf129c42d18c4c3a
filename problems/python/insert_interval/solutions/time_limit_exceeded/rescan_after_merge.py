def insert(intervals, newInterval):
    # Merges one overlapping interval at a time, scanning again from the front after each.
    result = [list(iv) for iv in intervals]
    lo, hi = newInterval
    merged = True
    while merged:
        merged = False
        for i, (a, b) in enumerate(result):
            if a <= hi and lo <= b:
                lo, hi = min(a, lo), max(b, hi)
                result.pop(i)
                merged = True
                break
    result.append([lo, hi])
    result.sort()
    return result
