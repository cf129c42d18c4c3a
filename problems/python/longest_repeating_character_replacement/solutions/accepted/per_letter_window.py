def character_replacement(s, k):
    best = 0
    for letter in set(s):
        # Window of s that keeps `letter` and replaces the rest. It grows by one each step
        # and slides (never shrinks) once it holds more than k other letters, so its final
        # size is the longest valid window for this letter.
        left = others = 0
        for ch in s:
            if ch != letter:
                others += 1
            if others > k:
                if s[left] != letter:
                    others -= 1
                left += 1
        best = max(best, len(s) - left)
    return best
