def length_of_longest_substring(s):
    best = 0
    n = len(s)
    for i in range(n):
        for j in range(i, n):
            part = s[i : j + 1]
            if len(set(part)) == len(part):
                best = max(best, len(part))
    return best
