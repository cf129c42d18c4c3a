def length_of_longest_substring(s):
    seen = set()
    best = 0
    for ch in s:
        if ch in seen:
            # Bug: starts over at the repeat, dropping the tail that could be kept ("dvdf").
            seen = set()
        seen.add(ch)
        best = max(best, len(seen))
    return best
