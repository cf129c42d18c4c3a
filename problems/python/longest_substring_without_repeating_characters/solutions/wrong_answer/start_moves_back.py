def length_of_longest_substring(s):
    last = {}
    start = best = 0
    for i, ch in enumerate(s):
        if ch in last:
            # Bug: a repeat from before the window pulls the start back ("abba").
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
