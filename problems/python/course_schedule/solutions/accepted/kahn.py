from collections import deque


def can_finish(num_courses, prerequisites):
    # Repeatedly take a course whose prerequisites are all done; a cycle is never freed.
    after = [[] for _ in range(num_courses)]
    missing = [0] * num_courses
    for a, b in prerequisites:
        after[b].append(a)
        missing[a] += 1
    ready = deque(c for c in range(num_courses) if missing[c] == 0)
    taken = 0
    while ready:
        c = ready.popleft()
        taken += 1
        for nxt in after[c]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                ready.append(nxt)
    return taken == num_courses
