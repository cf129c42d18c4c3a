def min_window(s, t):
    need = Counter(t)
    missing = len(t)  # letters of t (with repeats) the window still lacks
    left = 0
    best = (float("inf"), 0, 0)
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            # Drop letters from the left that the window holds more of than it needs.
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best[0]:
                best = (right - left + 1, left, right + 1)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[1] : best[2]] if best[0] != float("inf") else ""
