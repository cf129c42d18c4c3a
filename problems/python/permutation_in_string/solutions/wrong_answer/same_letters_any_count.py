def check_inclusion(s1, s2):
    m = len(s1)
    letters = set(s1)
    # Bug: compares which letters occur, not how many times each occurs.
    return any(set(s2[i : i + m]) == letters for i in range(len(s2) - m + 1))
