def merge(intervals):
    # Joins every overlapping pair (union-find), then each group spans min start to max end.
    n = len(intervals)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(n):
        a, b = intervals[i]
        for j in range(i + 1, n):
            c, d = intervals[j]
            if a <= d and c <= b:
                parent[find(i)] = find(j)
    groups = {}
    for i, (a, b) in enumerate(intervals):
        r = find(i)
        lo, hi = groups.get(r, (a, b))
        groups[r] = (min(lo, a), max(hi, b))
    return [list(g) for g in groups.values()]
