# Kahn's algorithm without the final check: with a cycle it returns the courses it could
# take instead of [].
from collections import deque


def find_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        missing[a] += 1
    ready = deque(c for c in range(num_courses) if missing[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for a in after[c]:
            missing[a] -= 1
            if missing[a] == 0:
                ready.append(a)
    return order
