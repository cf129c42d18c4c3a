import heapq
from collections import Counter, deque


def least_interval(tasks, n):
    # The textbook simulation, one time unit per loop, idle units included.
    heap = [-c for c in Counter(tasks).values()]
    heapq.heapify(heap)
    cooling = deque()  # (negated count left, unit at which it may run again)
    time = 0
    while heap or cooling:
        time += 1
        if heap:
            left = heapq.heappop(heap) + 1
            if left:
                cooling.append((left, time + n))
        if cooling and cooling[0][1] == time:
            heapq.heappush(heap, cooling.popleft()[0])
    return time
