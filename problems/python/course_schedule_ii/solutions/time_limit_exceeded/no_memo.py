# Correct, but checks each course for a cycle by walking every path below it without
# remembering courses already cleared: exponential when paths branch and join again.
def find_order(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    on_path = set()

    def has_cycle(c):
        if c in on_path:
            return True
        on_path.add(c)
        for b in needs[c]:
            if has_cycle(b):
                return True
        on_path.discard(c)
        return False

    for c in range(num_courses):
        if has_cycle(c):
            return []
    order, placed = [], set()

    def place(c):
        if c not in placed:
            placed.add(c)
            for b in needs[c]:
                place(b)
            order.append(c)

    for c in range(num_courses):
        place(c)
    return order
