# Correct, but never remembers that a course was already cleared: every path through the
# prerequisites is walked, exponentially many when paths branch and join again.
def can_finish(num_courses, prerequisites):
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
            return False
    return True
