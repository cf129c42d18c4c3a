from collections import Counter


def reorganize_string(s):
    # Most frequent letter first, on places 0, 2, 4, ..., then wrap round to 1, 3, 5, ...
    counts = Counter(s)
    if max(counts.values()) > (len(s) + 1) // 2:
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
