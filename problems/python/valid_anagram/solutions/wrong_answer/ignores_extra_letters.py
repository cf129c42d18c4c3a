# Checks that t has every letter of s as often, but never looks at letters only t has.
def is_anagram(s, t):
    counts = {}
    for c in t:
        counts[c] = counts.get(c, 0) + 1
    for c in s:
        if counts.get(c, 0) == 0:
            return False
        counts[c] -= 1
    return True
