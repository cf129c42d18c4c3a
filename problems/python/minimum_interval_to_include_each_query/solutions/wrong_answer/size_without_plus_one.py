import heapq


# Takes right - left as the size, forgetting that both ends are included.
def min_interval(intervals, queries):
    intervals.sort()
    answer = [-1] * len(queries)
    heap = []
    i = 0
    for q, j in sorted((q, j) for j, q in enumerate(queries)):
        while i < len(intervals) and intervals[i][0] <= q:
            left, right = intervals[i]
            heapq.heappush(heap, (right - left, right))
            i += 1
        while heap and heap[0][1] < q:
            heapq.heappop(heap)
        if heap:
            answer[j] = heap[0][0]
    return answer
