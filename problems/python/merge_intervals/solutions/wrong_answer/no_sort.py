# Merges each interval into the previous one in input order, without sorting first.
def merge(intervals):
    out = []
    for a, b in intervals:
        if out and a <= out[-1][1] and b >= out[-1][0]:
            out[-1] = [min(a, out[-1][0]), max(b, out[-1][1])]
        else:
            out.append([a, b])
    return out
