def can_finish(num_courses, prerequisites):
    # Iterative depth-first search: 0 = unseen, 1 = on the current path, 2 = done.
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    state = [0] * num_courses
    for start in range(num_courses):
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, iter(needs[start]))]
        while stack:
            course, rest = stack[-1]
            for b in rest:
                if state[b] == 1:
                    return False
                if state[b] == 0:
                    state[b] = 1
                    stack.append((b, iter(needs[b])))
                    break
            else:
                state[course] = 2
                stack.pop()
    return True
