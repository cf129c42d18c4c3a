def check_inclusion(s1, s2):
    m = len(s1)
    want = Counter(s1)
    window = Counter(s2[:m])
    # Bug: off by one, the window ending at the last character is never compared.
    for i in range(m, len(s2)):
        if window == want:
            return True
        window[s2[i]] += 1
        window[s2[i - m]] -= 1
    return False
