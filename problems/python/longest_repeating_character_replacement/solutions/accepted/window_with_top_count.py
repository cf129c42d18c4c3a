def character_replacement(s, k):
    counts = {}
    left = top = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        top = max(top, counts[ch])
        # The window never shrinks, it only slides: `top` may be stale, but a stale value
        # only keeps the window at a size already reached, never lets a longer one through.
        if right - left + 1 - top > k:
            counts[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
