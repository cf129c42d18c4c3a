from collections import Counter


# Declares the task impossible as soon as a letter fills half the string rounded down, so
# "aba" (2 of 3) is refused.
def reorganize_string(s):
    counts = Counter(s)
    if max(counts.values()) > len(s) // 2:
        return ""
    out = [""] * len(s)
    i = 0
    for ch, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        for _ in range(c):
            if i >= len(s):
                i = 1
            out[i] = ch
            i += 2
    return "".join(out)
