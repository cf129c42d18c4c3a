def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best = s  # Bug: when no window covers t, this returns s instead of "".
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if right - left + 1 < len(best):
                best = s[left : right + 1]
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return best
