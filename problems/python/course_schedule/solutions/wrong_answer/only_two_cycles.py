# Looks only for two courses requiring each other; longer cycles go unnoticed.
def can_finish(num_courses, prerequisites):
    pairs = {(a, b) for a, b in prerequisites}
    return not any((b, a) in pairs for a, b in pairs)
