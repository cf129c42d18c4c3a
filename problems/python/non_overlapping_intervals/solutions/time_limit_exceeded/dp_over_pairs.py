def erase_overlap_intervals(intervals):
    # Longest chain of non-overlapping intervals, like a longest increasing subsequence: O(n^2).
    intervals.sort()
    n = len(intervals)
    best = [1] * n
    for i in range(n):
        a = intervals[i][0]
        for j in range(i):
            if intervals[j][1] <= a and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return n - max(best)
