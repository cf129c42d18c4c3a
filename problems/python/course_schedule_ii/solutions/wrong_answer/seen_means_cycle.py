# Uses one visited set for both "on the current path" and "already placed": a course reached a
# second time through another course is taken for a cycle, so [[1, 0], [2, 0]] gives [].
def find_order(num_courses, prerequisites):
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    seen = set()
    order = []

    def dfs(c):
        if c in seen:
            return False
        seen.add(c)
        for b in needs[c]:
            if not dfs(b):
                return False
        order.append(c)
        return True

    for c in range(num_courses):
        if c not in seen and not dfs(c):
            return []
    return order
