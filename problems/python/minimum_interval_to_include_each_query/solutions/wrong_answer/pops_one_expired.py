import heapq


# Drops at most one expired interval from the heap per query, so an older expired one can
# still be on top and answer a query it does not contain.
def min_interval(intervals, queries):
    intervals.sort()
    answer = [-1] * len(queries)
    heap = []
    i = 0
    for q, j in sorted((q, j) for j, q in enumerate(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            left, right = intervals[i]
            heapq.heappush(heap, (right - left + 1, right))
            i += 1
        if heap and heap[0][1] < q:
            heapq.heappop(heap)
        if heap:
            answer[j] = heap[0][0]
    return answer
