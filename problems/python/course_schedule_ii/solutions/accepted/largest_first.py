import heapq


def find_order(num_courses, prerequisites):
    # Kahn's algorithm taking the highest-numbered free course first: a different valid order.
    after = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        missing[a] += 1
    heap = [-c for c in range(num_courses) if missing[c] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        c = -heapq.heappop(heap)
        order.append(c)
        for a in after[c]:
            missing[a] -= 1
            if missing[a] == 0:
                heapq.heappush(heap, -a)
    return order if len(order) == num_courses else []
