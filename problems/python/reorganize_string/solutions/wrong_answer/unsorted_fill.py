from collections import Counter


# Fills every other place without putting the most frequent letter first: a frequent letter
# that wraps round from the even places to the odd ones can land beside itself.
def reorganize_string(s):
    counts = Counter(s)
    if max(counts.values()) > (len(s) + 1) // 2:
        return ""
    out = [""] * len(s)
    i = 0
    for ch in sorted(counts):
        for _ in range(counts[ch]):
            if i >= len(s):
                i = 1
            out[i] = ch
            i += 2
    return "".join(out)
