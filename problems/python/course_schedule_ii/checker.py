"""Any order of the courses that respects every prerequisite is right; [] is right exactly when
the prerequisites contain a cycle (then the expected answer is [])."""


def check(args, expected, actual, **options):
    num_courses, prerequisites = args
    if not isinstance(actual, list) or any(type(c) is not int for c in actual):
        return False, "expected a list of course numbers"
    if expected == []:
        if actual == []:
            return True, ""
        return False, "the prerequisites contain a cycle, so no order exists: the answer is []"
    if actual == []:
        return False, "an order exists, but the answer was []"
    if len(actual) != num_courses or sorted(actual) != list(range(num_courses)):
        return False, f"every course from 0 to {num_courses - 1} must appear exactly once"
    position = {course: i for i, course in enumerate(actual)}
    for a, b in prerequisites:
        if position[b] > position[a]:
            return False, f"course {a} is taken before its prerequisite {b}"
    return True, ""
