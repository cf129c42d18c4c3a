def check_inclusion(s1, s2):
    m, n = len(s1), len(s2)
    if m > n:
        return False
    # diff[c] = count of c in the window minus count in s1; `off` = letters where it is not 0.
    diff = [0] * 26
    for ch in s1:
        diff[ord(ch) - 97] -= 1
    for ch in s2[:m]:
        diff[ord(ch) - 97] += 1
    off = sum(1 for d in diff if d)
    if off == 0:
        return True
    for i in range(m, n):
        for c, step in ((ord(s2[i]) - 97, 1), (ord(s2[i - m]) - 97, -1)):
            before = diff[c]
            diff[c] += step
            if before == 0:
                off += 1
            elif diff[c] == 0:
                off -= 1
        if off == 0:
            return True
    return False
