def character_replacement(s, k):
    counts = {}
    left = best = 0
    for right, ch in enumerate(s):
        counts[ch] = counts.get(ch, 0) + 1
        # Bug: assumes the letter just added is the one to keep, not the most frequent one.
        while right - left + 1 - counts[ch] > k:
            counts[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
