def merge(intervals):
    out = []
    for a, b in sorted(intervals, key=lambda iv: iv[0]):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1][1] = b
        else:
            out.append([a, b])
    return out
