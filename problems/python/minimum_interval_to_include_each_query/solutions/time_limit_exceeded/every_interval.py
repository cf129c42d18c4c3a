def min_interval(intervals, queries):
    # Looks at every interval for every query: O(n * q).
    answer = []
    for q in queries:
        best = -1
        for left, right in intervals:
            if left <= q <= right and (best == -1 or right - left + 1 < best):
                best = right - left + 1
        answer.append(best)
    return answer
