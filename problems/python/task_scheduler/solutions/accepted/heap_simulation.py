import heapq
from collections import Counter, deque


def least_interval(tasks, n):
    # Run the most frequent ready letter; letters cooling down wait in a queue with the time
    # they are ready again. When nothing is ready, jump straight to the next ready time.
    heap = [-c for c in Counter(tasks).values()]
    heapq.heapify(heap)
    cooling = deque()
    time = 0
    while heap or cooling:
        if not heap:
            time = cooling[0][1]
        else:
            time += 1
            left = heapq.heappop(heap) + 1
            if left:
                cooling.append((left, time + n))
        if cooling and cooling[0][1] == time:
            heapq.heappush(heap, cooling.popleft()[0])
    return time
