# Keeps one counter per kind of bracket and only checks none goes negative:
# the order between kinds is lost, so "([)]" passes.
def is_valid(s):
    depth = {")": 0, "]": 0, "}": 0}
    closer = {"(": ")", "[": "]", "{": "}"}
    for ch in s:
        if ch in closer:
            depth[closer[ch]] += 1
        else:
            depth[ch] -= 1
            if depth[ch] < 0:
                return False
    return all(d == 0 for d in depth.values())
