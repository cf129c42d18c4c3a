# Finishes a course after everything that depends on it and returns that finishing order
# as is: every prerequisite comes after its course.
def find_order(num_courses, prerequisites):
    after = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        after[b].append(a)
    state = [0] * num_courses
    order = []

    def dfs(c):
        state[c] = 1
        for a in after[c]:
            if state[a] == 1 or (state[a] == 0 and not dfs(a)):
                return False
        state[c] = 2
        order.append(c)
        return True

    for c in range(num_courses):
        if state[c] == 0 and not dfs(c):
            return []
    return order
